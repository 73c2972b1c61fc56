import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobErrorCode } from '../../../src-preload/contract/downloads';
import { openDatabase } from '../db/open-database';
import { repoRoot } from '../library/test-helpers';
import { DiscoveryStore } from './discovery-store';

const dir = mkdtempSync(join(tmpdir(), 'trailerdeck discovery store '));
const db = openDatabase(join(dir, 'test.db'), join(repoRoot, 'drizzle'));
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const sqlite = db.$client;
sqlite.prepare("INSERT INTO library_root (id, path, kind) VALUES (1, '/lib', 'movies')").run();
const mediaId = Number(
  sqlite
    .prepare(
      "INSERT INTO media (root_id, kind, title, sort_title, year, folder_path) VALUES (1, 'movie', 'Heat', 'heat', 1995, '/lib/Heat (1995)')",
    )
    .run().lastInsertRowid,
);

/** A failed job for the video, as the queue leaves one. */
function failedJob(videoId: string, code: JobErrorCode): void {
  sqlite
    .prepare(
      `INSERT INTO download_job (media_id, profile_name, source_url, video_id, site, status, max_attempts,
         error_code, error_message, created_at, temp_dir, updated_at)
       VALUES (?, 'Default', ?, ?, 'youtube', 'failed', 3, ?, 'x', '2026-01-01T00:00:00Z', '/tmp/x', '2026-01-01T00:00:00Z')`,
    )
    .run(mediaId, `https://www.youtube.com/watch?v=${videoId}`, videoId, code);
}

describe('DiscoveryStore.excludedKeys', () => {
  it('never offers again a video refused by the person or failed for its own sake; others stay offered', () => {
    const store = new DiscoveryStore(db);
    store.reject(mediaId, 'refused0000');
    failedJob('gone0000000', 'VIDEO_UNAVAILABLE');
    failedJob('private0000', 'PRIVATE_VIDEO');
    failedJob('tooshort000', 'VERIFICATION_FAILED');
    // Problems elsewhere: the same video may work next time.
    failedJob('offline0000', 'CONNECTION_FAILED');
    failedJob('noffmpeg000', 'FFMPEG_MISSING');
    failedJob('botcheck000', 'BOT_CHECK');
    failedJob('unknown0000', 'UNKNOWN');
    expect([...store.excludedKeys(mediaId)].sort()).toEqual(
      ['gone0000000', 'private0000', 'refused0000', 'tooshort000'].sort(),
    );
  });
});
