// A scan's worker thread: reads library folders with blocking filesystem calls, away from the
// main thread (a hung network share must not freeze the app). Started by scan-worker-client.ts,
// several at a time, each answering one request at a time (see read-session.ts); bundled on its
// own to out/main/scan-worker.cjs (scripts/build.mjs).
// The only other module that touches worker_threads: a worker needs its parentPort.
import { parentPort } from 'node:worker_threads';
import { IssueList } from './fs-entries';
import {
  checkRoot,
  fsFailure,
  listTitleFolders,
  readTitleFolders,
  type ScanWorkerMessage,
  type ScanWorkerRequest,
} from './scanner';

/** Progress at most this often: the main thread coalesces it further, posting costs a copy. */
const PROGRESS_EVERY_MS = 100;

const port = parentPort;
if (!port) throw new Error('scan-worker runs as a worker thread only.');
const post = (message: ScanWorkerMessage): void => port.postMessage(message);

port.on('message', (request: ScanWorkerRequest) => {
  const issues = new IssueList();
  if (request.type === 'list') {
    const listing = listTitleFolders(request.rootPath, issues);
    post({
      type: 'listed',
      listing: listing.ok ? listing : { ok: false, error: fsFailure(listing.error) },
      issues: issues.snapshot(),
    });
  } else if (request.type === 'read') {
    let lastPost = performance.now();
    let unposted = 0;
    const { titles, unchanged } = readTitleFolders(request.kind, request.tasks, issues, () => {
      unposted++;
      const now = performance.now();
      if (now - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = now;
      post({ type: 'progress', folders: unposted });
      unposted = 0;
    });
    post({ type: 'read', unreported: unposted, titles, unchanged, issues: issues.snapshot() });
  } else {
    post({ type: 'checked', result: checkRoot(request.rootPath) });
  }
});
