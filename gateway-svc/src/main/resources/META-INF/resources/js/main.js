/**
 * Wires the page: upload (drop or pick) with progress, the live stages of the video being watched, its
 * result, and the gallery. Status lines go to a polite live region, errors to an alert.
 */
import { apiKey, ApiError, setApiKey } from './api.js';
import { Gallery } from './gallery.js';
import { percent } from './format.js';
import { renderResult } from './result.js';
import { StageBoard } from './stages.js';
import { uploadFile } from './upload.js';
import { watchVideo } from './watch.js';

const byId = (id) => document.getElementById(id);

const page = {
  dropZone: byId('drop-zone'),
  fileInput: byId('file-input'),
  progressBox: byId('upload-progress-box'),
  progress: byId('upload-progress'),
  percent: byId('upload-percent'),
  uploadLabel: byId('upload-label'),
  status: byId('status'),
  error: byId('error'),
  keyState: byId('key-state'),
  keyChange: byId('key-change'),
  keyForget: byId('key-forget'),
  keyDialog: byId('key-dialog'),
  keyText: byId('key-text'),
  keyInput: byId('key-input'),
  video: byId('video'),
  videoHeading: byId('video-heading'),
  result: byId('result'),
  resultParts: { preview: byId('preview'), timeline: byId('timeline'), allLabels: byId('all-labels'), links: byId('links') },
};

const stages = new StageBoard(byId('stages'));
const gallery = new Gallery({
  list: byId('gallery'),
  summary: byId('gallery-summary'),
  pager: byId('pager'),
  pageInfo: byId('page-info'),
  previous: byId('page-previous'),
  next: byId('page-next'),
  search: byId('search'),
  dialog: byId('delete-dialog'),
  dialogText: byId('delete-text'),
}, {
  onOpen: (id) => showVideo(id, { focus: true }),
  onDeleted: videoDeleted,
  onError: showError,
});

let watchedId = null;
let stopWatching = () => {};

function announce(text) {
  page.status.textContent = text;
}

function showError(error) {
  if (error instanceof ApiError && error.status === 401) {
    askForKey(apiKey() ? 'The key kept in this browser was refused. Enter a valid API key.'
      : 'This server needs an API key. Enter the one you were given; it is kept in this browser.');
    page.error.textContent = 'This server needs an API key: enter it, then try again.';
    return;
  }
  if (error instanceof ApiError && error.status === 403) {
    page.error.textContent = 'This API key may only read: uploading and deleting need a write key.';
    return;
  }
  page.error.textContent = `Something went wrong: ${error.message}`;
}

/** The key dialog; once a key is given, the gallery is loaded with it (what failed first). */
function askForKey(text) {
  if (page.keyDialog.open) {
    return;
  }
  page.keyText.textContent = text;
  page.keyInput.value = '';
  page.keyDialog.showModal();
}

function clearError() {
  page.error.textContent = '';
}

function showProgress(fraction) {
  page.progress.value = Math.round(fraction * 100);
  page.percent.textContent = percent(fraction);
}

async function startUpload(file) {
  if (!file || page.fileInput.disabled) {
    return;
  }
  clearError();
  page.fileInput.disabled = true;
  page.dropZone.classList.add('busy');
  page.progressBox.hidden = false;
  page.uploadLabel.textContent = `Uploading ${file.name}`;
  showProgress(0);
  announce(`Uploading ${file.name}…`);
  try {
    const id = await uploadFile(file, showProgress);
    page.uploadLabel.textContent = `Uploaded ${file.name}`;
    announce(`${file.name} is uploaded; processing has started.`);
    showVideo(id, { focus: false });
  } catch (error) {
    announce('');
    showError(error);
  } finally {
    page.fileInput.disabled = false;
    page.fileInput.value = '';
    page.dropZone.classList.remove('busy');
  }
}

function showVideo(id, { focus }) {
  stopWatching();
  watchedId = id;
  page.video.hidden = false;
  page.result.hidden = true;
  page.videoHeading.textContent = 'Processing';
  stages.reset();
  if (focus) {
    page.videoHeading.focus();
  }
  stopWatching = watchVideo(id, {
    onSnapshot: (video) => {
      page.videoHeading.textContent = video.filename ?? 'Processing';
      stages.showSnapshot(video);
    },
    onEvent: (name, event) => stages.onEvent(name, event),
    onFinal: (video) => videoFinished(id, video),
    onLost: showError,
  });
}

function videoFinished(id, video) {
  if (id !== watchedId) {
    return;
  }
  stages.showSnapshot(video);
  const name = video.filename ?? 'The video';
  if (video.status === 1) {
    page.videoHeading.textContent = `${name} — ready`;
    renderResult(page.resultParts, video);
    page.result.hidden = false;
    announce(`${name} is ready.`);
  } else {
    page.videoHeading.textContent = `${name} — failed`;
    announce(`${name} failed: ${video.error ?? 'no reason given'}.`);
  }
  gallery.load();
}

function videoDeleted(id, name) {
  if (id === watchedId) {
    stopWatching();
    watchedId = null;
    page.video.hidden = true;
  }
  announce(`${name} was deleted.`);
  byId('gallery-heading').focus();
}

function wireDropZone() {
  const { dropZone, fileInput } = page;
  fileInput.addEventListener('change', () => startUpload(fileInput.files[0]));
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    startUpload(event.dataTransfer.files[0]);
  });
}

function showKeyState() {
  page.keyState.textContent = apiKey() ? 'An API key is kept in this browser.'
    : 'No API key is kept in this browser.';
  page.keyForget.disabled = !apiKey();
}

function wireApiKey() {
  showKeyState();
  page.keyChange.addEventListener('click', () => askForKey('Enter the API key you were given; it is kept in '
    + 'this browser until you forget it here.'));
  page.keyForget.addEventListener('click', () => {
    setApiKey('');
    showKeyState();
    announce('The API key was forgotten.');
  });
  page.keyDialog.addEventListener('close', () => {
    const key = page.keyInput.value.trim();
    page.keyInput.value = '';
    if (page.keyDialog.returnValue !== 'save' || !key) {
      return;
    }
    setApiKey(key);
    showKeyState();
    clearError();
    announce('The API key is kept in this browser.');
    gallery.load();
    if (watchedId) {
      showVideo(watchedId, { focus: false });
    }
  });
}

wireDropZone();
wireApiKey();
gallery.load();
