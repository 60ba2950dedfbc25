/**
 * The presigned upload: the gateway hands out a URL, the browser PUTs the file straight to the object store
 * (XMLHttpRequest, for its upload progress events), then tells the gateway the bytes are there.
 */
import { confirmUpload, createUpload } from './api.js';

export async function uploadFile(file, onProgress) {
  const ticket = await createUpload(file.name, file.type, file.size);
  await putWithProgress(ticket, file, onProgress);
  await confirmUpload(ticket.id);
  return ticket.id;
}

function putWithProgress(ticket, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(ticket.method ?? 'PUT', ticket.url);
    for (const [name, value] of Object.entries(ticket.headers ?? {})) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded / event.total);
      }
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
      } else {
        reject(new Error(`the storage refused the upload (HTTP ${xhr.status})`));
      }
    });
    xhr.addEventListener('error', () => reject(new Error('the upload to the storage failed: its address '
      + 'could not be reached, or it does not allow uploads from this page (CORS)')));
    xhr.addEventListener('timeout', () => reject(new Error('the upload to the storage timed out')));
    xhr.send(file);
  });
}
