/**
 * The stages of one video, as a list that moves live: from the state snapshot (GET /videos/{id}), then from
 * each stage event of the SSE stream. Every state is written out in words, not only in colour.
 */
import { el } from './dom.js';
import { seconds } from './format.js';

const STAGES = [
  ['upload', 'Upload'],
  ['session', 'Check and probe'],
  ['preview', 'Preview'],
  ['captures', 'Captures'],
  ['labels', 'Labels'],
];

const STATE_TEXT = {
  waiting: 'Waiting',
  running: 'Working…',
  done: 'Done',
  failed: 'Failed',
  skipped: 'Not run',
};

export class StageBoard {
  constructor(list) {
    this.items = new Map();
    list.replaceChildren(...STAGES.map(([id, name]) => {
      const state = el('span', { class: 'stage-state' });
      const detail = el('span', { class: 'stage-detail' });
      const item = el('li', { class: 'stage', dataset: { stage: id } },
        el('span', { class: 'stage-icon', 'aria-hidden': 'true' }), el('span', { class: 'stage-name' }, name),
        state, detail);
      this.items.set(id, { item, state, detail });
      return item;
    }));
    this.reset();
  }

  /** Every stage waiting, no captures counted: a new video. */
  reset() {
    this.captures = 0;
    this.expectedCaptures = null;
    this.labeled = new Set();
    STAGES.forEach(([id]) => this.set(id, 'waiting'));
  }

  set(stage, state, detail = '') {
    const entry = this.items.get(stage);
    if (!entry) {
      return;
    }
    entry.item.dataset.state = state;
    entry.state.textContent = STATE_TEXT[state];
    entry.detail.textContent = detail;
  }

  /** The stages as a GET /videos/{id} body describes them. */
  showSnapshot(video) {
    this.reset();
    if (video.status === 1) {
      this.finished(video);
    } else if (video.status === -1) {
      this.failedSnapshot(video);
    } else {
      this.pendingSnapshot(video.pendingStages ?? []);
    }
  }

  /** One SSE event, named by its topic, with the event's JSON. */
  onEvent(name, event) {
    switch (name) {
      case 'video.uploaded':
        this.set('upload', 'done');
        this.set('session', 'running');
        break;
      case 'render.start':
        this.started(event);
        break;
      case 'preview.created':
        this.set('preview', 'done', `${event.gif.frames} frames`);
        break;
      case 'capture.created':
        this.captureCreated(event);
        break;
      case 'labels.done':
        this.labeled.add(event.index);
        this.updateLabels();
        break;
      case 'stage.failed':
        this.set(event.stage, 'failed', event.reason);
        break;
      default:
        break;
    }
  }

  finished(video) {
    const captures = video.labels?.length ?? 0;
    this.set('upload', 'done');
    this.set('session', 'done', probeText(video.probe));
    this.set('preview', 'done');
    this.set('captures', 'done', `${captures} found`);
    this.set('labels', 'done', `${captures} of ${captures} captures`);
  }

  failedSnapshot(video) {
    this.set('upload', 'done');
    for (const [id] of STAGES.slice(1)) {
      this.set(id, 'skipped');
    }
    if (video.failedStage !== 'session') {
      this.set('session', 'done', probeText(video.probe));
    }
    if (video.gifUrl) {
      this.set('preview', 'done');
    }
    this.set(video.failedStage ?? 'session', 'failed', video.error ?? '');
  }

  pendingSnapshot(pending) {
    if (pending.includes('upload') || pending.includes('import')) {
      this.set('upload', 'running', pending.includes('import') ? 'downloading from the URL' : '');
      return;
    }
    this.set('upload', 'done');
    if (pending.includes('session')) {
      this.set('session', 'running');
      return;
    }
    this.set('session', 'done');
    for (const [id] of STAGES.slice(2)) {
      this.set(id, pending.includes(id) ? 'running' : 'done');
    }
  }

  started(event) {
    this.set('upload', 'done');
    this.set('session', 'done', probeText(event.probe));
    for (const [id] of STAGES.slice(2)) {
      this.set(id, event.stages.includes(id) ? 'running' : 'skipped');
    }
  }

  captureCreated(event) {
    if (event.complete) {
      this.expectedCaptures = event.count;
      this.set('captures', 'done', `${event.count} found`);
    } else {
      this.captures += 1;
      this.set('captures', 'running', `${this.captures} so far`);
    }
    this.updateLabels();
  }

  updateLabels() {
    if (this.expectedCaptures !== null && this.labeled.size >= this.expectedCaptures) {
      this.set('labels', 'done', `${this.labeled.size} of ${this.expectedCaptures} captures`);
    } else if (this.labeled.size > 0) {
      this.set('labels', 'running', `${this.labeled.size} of ${this.expectedCaptures ?? this.captures} captures`);
    }
  }
}

function probeText(probe) {
  return probe ? `${seconds(probe.durationMs / 1000)}, ${probe.width}×${probe.height}` : '';
}
