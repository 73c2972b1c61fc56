// A job's folder on a real disk: yt-dlp's info file there can hold the cookies sent to the site.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jobPaths, prepareJobDirs } from './job-files';

const root = mkdtempSync(join(tmpdir(), 'trailerdeck job files '));
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('prepareJobDirs', () => {
  it.skipIf(process.platform === 'win32')('makes the job folder readable by its owner only', async () => {
    const paths = jobPaths(join(root, 'downloads', 'job-7'));
    await prepareJobDirs(paths);
    for (const dir of [paths.root, paths.parts, paths.done]) {
      expect(statSync(dir).mode & 0o077).toBe(0);
    }
  });
});
