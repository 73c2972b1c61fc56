// The scan's worker thread: reads library folders with blocking filesystem calls, away from the
// main thread (a hung network share must not freeze the app). Started by scan-worker-client.ts,
// which sends one read at a time; bundled on its own to out/main/scan-worker.cjs (scripts/build.mjs).
// The only other module that touches worker_threads: a worker needs its parentPort.
import { parentPort } from 'node:worker_threads';
import { readLibrary, type ReadRequest, type ScanWorkerMessage } from './scanner';

/** Progress at most this often: the main thread coalesces it further, posting costs a copy. */
const PROGRESS_EVERY_MS = 100;

const port = parentPort;
if (!port) throw new Error('scan-worker runs as a worker thread only.');

port.on('message', (request: ReadRequest) => {
  let lastPost = -Infinity;
  const post = (message: ScanWorkerMessage): void => port.postMessage(message);
  const reading = readLibrary(request, (done, total) => {
    const now = performance.now();
    if (done !== 0 && done !== total && now - lastPost < PROGRESS_EVERY_MS) return;
    lastPost = now;
    post({ type: 'progress', done, total });
  });
  post({ type: 'done', reading });
});
