/**
 * Every video, newest first, a page at a time, with its preview: searchable by label and by name prefix
 * (GET /videos's label and startswith filters), each openable and deletable (after a confirmation).
 */
import { deleteVideo, listVideos } from './api.js';
import { chips, el, hiddenText, previewPicture } from './dom.js';
import { bytes, dateTime } from './format.js';

const PAGE_SIZE = 12;
const MAX_CHIPS = 6;
const STATUS_TEXT = { PROCESSING: 'Processing', READY: 'Ready', FAILED: 'Failed' };

export class Gallery {
  /**
   * @param parts the page's elements: list, summary, pager, pageInfo, previous, next, search (form), dialog,
   *              dialogText
   * @param handlers onOpen(id), onDeleted(id, name), onError(error)
   */
  constructor(parts, handlers) {
    this.parts = parts;
    this.handlers = handlers;
    this.page = 0;
    this.query = { label: '', startswith: '' };
    parts.search.addEventListener('submit', (event) => {
      event.preventDefault();
      this.search(formQuery(parts.search));
    });
    parts.search.addEventListener('reset', () => this.search({ label: '', startswith: '' }));
    parts.previous.addEventListener('click', () => this.load(this.page - 1));
    parts.next.addEventListener('click', () => this.load(this.page + 1));
  }

  search(query) {
    this.query = query;
    return this.load(0);
  }

  async load(page = this.page) {
    try {
      const result = await listVideos({ ...this.query, page, size: PAGE_SIZE });
      if (result.items.length === 0 && page > 0) {
        return this.load(Math.min(page - 1, Math.max(result.totalPages - 1, 0)));
      }
      this.page = page;
      this.show(result);
    } catch (error) {
      this.handlers.onError(error);
    }
    return undefined;
  }

  show(result) {
    const { parts } = this;
    parts.list.replaceChildren(...result.items.map((video) => this.card(video)));
    parts.summary.textContent = summaryText(result.total, this.query);
    parts.pager.hidden = result.totalPages <= 1;
    parts.pageInfo.textContent = `Page ${result.page + 1} of ${result.totalPages}`;
    parts.previous.disabled = result.page === 0;
    parts.next.disabled = result.page + 1 >= result.totalPages;
  }

  card(video) {
    const name = video.name ?? 'Unnamed video';
    const titleId = `card-title-${video.id}`;
    return el('li', { class: 'card', dataset: { id: video.id, status: video.status } },
      el('article', { 'aria-labelledby': titleId },
        el('div', { class: 'thumb' }, previewPicture(video, `Preview of ${name}`, { loading: 'lazy' })
          ?? el('span', { class: 'no-preview' }, video.status === 'FAILED' ? 'No preview' : 'Preview coming')),
        el('h3', { class: 'card-title', id: titleId }, name),
        el('p', { class: 'card-meta' },
          el('span', { class: 'badge', dataset: { status: video.status } }, STATUS_TEXT[video.status] ?? video.status),
          ` ${bytes(video.bytes)} · ${dateTime(video.createdAt)}`),
        video.labels.length ? chips(video.labels.slice(0, MAX_CHIPS).map((label) => ({ name: label })),
          { 'aria-label': `Labels of ${name}` }) : null,
        el('div', { class: 'card-actions' },
          button('Open', name, 'open', () => this.handlers.onOpen(video.id)),
          button('Delete', name, 'delete danger', () => this.confirmDelete(video.id, name)))));
  }

  confirmDelete(id, name) {
    const { dialog, dialogText } = this.parts;
    dialogText.textContent = `“${name}” and its preview, captures and labels will be removed for good.`;
    dialog.returnValue = '';
    dialog.addEventListener('close', async () => {
      if (dialog.returnValue !== 'delete') {
        return;
      }
      try {
        await deleteVideo(id);
        this.handlers.onDeleted(id, name);
        await this.load();
      } catch (error) {
        this.handlers.onError(error);
      }
    }, { once: true });
    dialog.showModal();
  }
}

function button(text, videoName, className, onClick) {
  const element = el('button', { type: 'button', class: className }, text, hiddenText(` ${videoName}`));
  element.addEventListener('click', onClick);
  return element;
}

function formQuery(form) {
  const data = new FormData(form);
  return { label: data.get('label').trim(), startswith: data.get('startswith').trim() };
}

function summaryText(total, { label, startswith }) {
  const filters = [label ? `labelled “${label}”` : '', startswith ? `named “${startswith}…”` : '']
    .filter(Boolean).join(' and ');
  if (total === 0) {
    return filters ? `No videos ${filters}.` : 'No videos yet: upload one above.';
  }
  const count = total === 1 ? '1 video' : `${total} videos`;
  return filters ? `${count} ${filters}` : count;
}
