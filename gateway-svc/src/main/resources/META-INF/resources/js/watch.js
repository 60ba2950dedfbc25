/**
 * Follows one video over Server-Sent Events (GET /videos/{id}/events): first its state, then each stage event,
 * until it is READY or FAILED. The stream is closed by the page then, or EventSource would reconnect.
 */
import { eventsUrl, getVideo } from './api.js';

const STAGE_EVENTS = ['video.uploaded', 'render.start', 'preview.created', 'capture.created', 'labels.done',
  'stage.failed'];
const FINAL_STATE_ATTEMPTS = 20;
const FINAL_STATE_RETRY_MS = 500;
const MAX_RECONNECTS = 3;
const RECONNECT_MS = 1000;

/**
 * @param handlers onSnapshot(video), onEvent(name, event), onFinal(video) with the final GET /videos/{id},
 *                 onLost(error) when the stream cannot go on
 * @returns a function that stops watching
 */
export function watchVideo(id, { onSnapshot, onEvent, onFinal, onLost }) {
  let source = null;
  let stopped = false;
  let reconnects = 0;
  const stop = () => {
    stopped = true;
    source?.close();
  };

  const open = async () => {
    const url = await eventsUrl(id);
    if (stopped) {
      return;
    }
    source = new EventSource(url);
    source.addEventListener('state', (message) => {
      reconnects = 0;
      const video = JSON.parse(message.data);
      onSnapshot(video);
      if (video.status !== 0) {
        stop();
        onFinal(video);
      }
    });
    for (const name of STAGE_EVENTS) {
      source.addEventListener(name, (message) => onEvent(name, JSON.parse(message.data)));
    }
    source.addEventListener('render.ready', () => {
      stop();
      finalState(id).then(onFinal, onLost);
    });
    source.addEventListener('error', () => {
      // The server ends a stream after its lifetime, and a reconnection with the old token is refused (CLOSED):
      // open it again with a fresh token, a few times, before saying the stream is lost.
      if (source.readyState === EventSource.CLOSED && !stopped) {
        source.close();
        reconnects += 1;
        if (reconnects > MAX_RECONNECTS) {
          onLost(new Error('the live status stream was refused'));
        } else {
          setTimeout(() => open().catch(onLost), RECONNECT_MS);
        }
      }
    });
  };
  open().catch(onLost);
  return stop;
}

/**
 * The video's state once render.ready has been heard. The event can arrive a moment before the state it announces
 * can be read (status-svc sends it before its own transaction ends), so a state still processing is asked again.
 */
async function finalState(id) {
  for (let attempt = 0; attempt < FINAL_STATE_ATTEMPTS; attempt += 1) {
    const video = await getVideo(id);
    if (video.status !== 0) {
      return video;
    }
    await new Promise((resolve) => { setTimeout(resolve, FINAL_STATE_RETRY_MS); });
  }
  throw new Error('the video was announced finished, but its state still says it is processing');
}
