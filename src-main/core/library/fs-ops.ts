// Synchronous on purpose: these run in the scan's worker thread (scan-worker.ts), where a blocking
// call costs nothing but that thread, and a sync call is several times cheaper than an async one
// (no libuv request, no promise, no callback hop back to the event loop). Never call them on the
// main thread: a hung network share would freeze the app.
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export interface SmallFile {
  bytes: Buffer;
  /** True when the file is longer than the cap and only its start was read. */
  truncated: boolean;
  stats: Stats;
}

/** Reads at most `cap` bytes from the start of a file, with the file's stats, in four calls for a small file. */
export function readFileStart(path: string, cap: number): SmallFile {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    // Pseudo-files report size 0 yet have content: give them a first chunk to fill.
    const want = Math.min(stats.size > 0 ? stats.size : 64 * 1024, cap);
    const buffer = Buffer.allocUnsafe(Math.max(want, 1));
    let filled = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, filled);
      filled += bytesRead;
      if (bytesRead === 0 || filled >= buffer.length) break;
    }
    return { bytes: buffer.subarray(0, filled), truncated: stats.size > cap, stats };
  } finally {
    closeSync(fd);
  }
}
