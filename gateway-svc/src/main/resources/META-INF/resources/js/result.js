/**
 * A finished video: the animated preview, the captures on a timeline (each placed at its time within the
 * video's duration) with their labels, every label of the video as chips, and download links.
 */
import { chip, chips, el, previewPicture } from './dom.js';
import { seconds } from './format.js';

export function renderResult(parts, video) {
  const name = video.filename ?? 'the video';
  parts.preview.replaceChildren(previewPicture(video, `Animated preview of ${name}`, { id: 'preview-image' })
    ?? el('p', {}, 'No preview was made.'));
  parts.timeline.replaceChildren(...timeline(video));
  parts.allLabels.replaceChildren(...video.allLabels.map((label) => chip(labelChip(label))));
  parts.links.replaceChildren(...downloadLinks(video));
}

function timeline(video) {
  const captures = video.labels ?? [];
  if (captures.length === 0) {
    return [el('p', {}, 'No captures.')];
  }
  const duration = videoDuration(video, captures);
  const track = el('div', { class: 'timeline-track' },
    el('span', { class: 'timeline-start', 'aria-hidden': 'true' }, seconds(0)),
    el('span', { class: 'timeline-end', 'aria-hidden': 'true' }, seconds(duration)),
    captures.map((capture, position) => el('a', {
      class: 'timeline-marker',
      href: `#capture-${capture.index}`,
      style: { '--at': `${Math.min(100, (capture.time / duration) * 100)}%` },
      'aria-label': `Capture ${position + 1} at ${seconds(capture.time)}`,
    }, String(position + 1))));
  const list = el('ol', { class: 'captures' }, captures.map((capture, position) => captureCard(capture, position)));
  return [track, list];
}

function captureCard(capture, position) {
  return el('li', { class: 'capture', id: `capture-${capture.index}`, dataset: { time: capture.time } },
    el('figure', {},
      capture.captureUrl ? el('img', { src: capture.captureUrl, alt: `Frame at ${seconds(capture.time)}`, loading: 'lazy' })
        : null,
      el('figcaption', {},
        el('span', { class: 'capture-time' }, `#${position + 1} · ${seconds(capture.time)}`),
        capture.labels.length === 0 ? el('span', { class: 'no-labels' }, 'No labels')
          : chips(capture.labels.map(labelChip), { 'aria-label': `Labels at ${seconds(capture.time)}` }))));
}

/** The probe's duration; without one, the last capture's time (so every capture still fits). */
function videoDuration(video, captures) {
  const probed = (video.probe?.durationMs ?? 0) / 1000;
  return Math.max(probed, ...captures.map((capture) => capture.time), 0.1);
}

function labelChip(label) {
  return { name: label.Name, confidence: label.Confidence };
}

/** The stored files, as presigned links (they expire, like every link the API gives). */
function downloadLinks(video) {
  return [
    [video.videoUrl, 'Source video'],
    [video.gifUrl, 'Preview GIF'],
    [video.webpUrl, 'Preview WebP'],
    [video.metadataUrl, 'metadata.json'],
  ].filter(([url]) => url).map(([url, text]) => el('a', { href: url }, text));
}
