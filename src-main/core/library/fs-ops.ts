// The few filesystem calls a scan makes tens of thousands of times, on Node's callback API: it
// allocates less per call than fs/promises (no FileHandle objects, no promise-returning binding),
// which is a measurable share of a scan of a large library (see scripts/bench-scan.ts).
import { close, fstat, open, read, readdir, stat, type Dirent, type Stats } from 'node:fs';

export function statPath(path: string): Promise<Stats> {
  return new Promise((resolve, reject) =>
    stat(path, (error, stats) => (error ? reject(error) : resolve(stats))),
  );
}

export function listDir(path: string): Promise<Dirent[]> {
  return new Promise((resolve, reject) =>
    readdir(path, { withFileTypes: true }, (error, entries) => (error ? reject(error) : resolve(entries))),
  );
}

export interface SmallFile {
  bytes: Buffer;
  /** True when the file is longer than the cap and only its start was read. */
  truncated: boolean;
  stats: Stats;
}

/** Reads at most `cap` bytes from the start of a file, with the file's stats, in four calls for a small file. */
export function readFileStart(path: string, cap: number): Promise<SmallFile> {
  return new Promise((resolve, reject) => {
    open(path, 'r', (openError, fd) => {
      if (openError) return reject(openError);
      // The caller need not wait for the close: the content is already in memory.
      const finish = (error: Error | null, result?: SmallFile): void => {
        close(fd, () => undefined);
        if (error) reject(error);
        else resolve(result as SmallFile);
      };
      fstat(fd, (statError, stats) => {
        if (statError) return finish(statError);
        // Pseudo-files report size 0 yet have content: give them a first chunk to fill.
        const want = Math.min(stats.size > 0 ? stats.size : 64 * 1024, cap);
        const buffer = Buffer.allocUnsafe(Math.max(want, 1));
        let filled = 0;
        const next = (): void => {
          read(fd, buffer, filled, buffer.length - filled, filled, (readError, bytesRead) => {
            if (readError) return finish(readError);
            filled += bytesRead;
            if (bytesRead > 0 && filled < buffer.length) return next();
            finish(null, { bytes: buffer.subarray(0, filled), truncated: stats.size > cap, stats });
          });
        };
        next();
      });
    });
  });
}
