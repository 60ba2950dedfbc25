/**
 * The gateway's public API as the page uses it. Paths are relative, so the page works wherever the gateway is
 * mounted. Errors carry the API's stable code and its message, which is written for people.
 */

const API_KEY_STORAGE = 'framewise.apiKey';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * The API key, asked for once and kept in this browser (localStorage) until it is forgotten or refused. The
 * server may need none (local mode); reads need a read or write key, writes a write key.
 */
export function apiKey() {
  return localStorage.getItem(API_KEY_STORAGE) ?? '';
}

export function setApiKey(key) {
  if (key) {
    localStorage.setItem(API_KEY_STORAGE, key);
  } else {
    localStorage.removeItem(API_KEY_STORAGE);
  }
}

async function request(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (apiKey()) {
    headers['X-Api-Key'] = apiKey();
  }
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) {
    return null;
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, data?.Code ?? 'HttpError',
      data?.Message ?? `the server answered ${response.status} ${response.statusText}`);
  }
  return data;
}

function videoPath(id) {
  return `videos/${encodeURIComponent(id)}`;
}

/** {@code POST /videos/uploads}: a presigned PUT of exactly {@code size} bytes for a new video. */
export function createUpload(filename, contentType, size) {
  return request('videos/uploads', {
    method: 'POST',
    body: { filename, contentType: contentType || undefined, size },
  });
}

/** {@code POST /videos/{id}/uploaded}: the bytes are in storage; start processing. */
export function confirmUpload(id) {
  return request(`${videoPath(id)}/uploaded`, { method: 'POST' });
}

export function getVideo(id) {
  return request(videoPath(id));
}

/** {@code GET /videos} with S2's filters ({@code label}, {@code startswith}) and paging. */
export function listVideos({ label, startswith, page, size }) {
  const query = new URLSearchParams({ page: String(page), size: String(size) });
  if (label) {
    query.set('label', label);
  }
  if (startswith) {
    query.set('startswith', startswith);
  }
  return request(`videos?${query}`);
}

export function deleteVideo(id) {
  return request(videoPath(id), { method: 'DELETE' });
}

/**
 * The URL of the video's event stream, with a short-lived token that opens it: EventSource cannot send the key.
 * Ask again for each (re)connection: the token soon expires.
 */
export async function eventsUrl(id) {
  const ticket = await request(`${videoPath(id)}/events/token`);
  return ticket.url;
}
