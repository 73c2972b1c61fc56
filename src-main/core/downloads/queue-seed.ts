// Many queued jobs written straight into the database, each for its own title: the queue benchmark
// and the queue's picking test start from a queue of any size without enqueueing one at a time.
import type { AppDatabase } from '../db/open-database';

export interface SeedOptions {
  /** Every n-th job is a YouTube one (0: none). */
  youtubeEvery?: number;
  /** When the first job was queued; each next one a millisecond later. */
  firstQueuedAt?: Date;
}

/** Inserts `count` queued jobs, oldest first; returns their ids in that order. */
export function seedQueuedJobs(db: AppDatabase, count: number, options: SeedOptions = {}): number[] {
  const sqlite = db.$client;
  const { youtubeEvery = 0 } = options;
  const first = (options.firstQueuedAt ?? new Date('2026-01-01T00:00:00Z')).getTime();
  const insertMedia = sqlite.prepare(
    `INSERT INTO media (root_id, kind, title, sort_title, year, folder_path) VALUES (?, 'movie', ?, ?, 2000, ?)`,
  );
  const insertJob = sqlite.prepare(
    `INSERT INTO download_job (media_id, profile_id, profile_name, source_url, video_id, site, status,
       attempts, max_attempts, created_at, updated_at, temp_dir)
     VALUES (?, NULL, 'Seeded', ?, NULL, ?, 'queued', 0, 1, ?, ?, ?)`,
  );
  return sqlite.transaction(() => {
    const root = sqlite
      .prepare(`INSERT INTO library_root (path, kind) VALUES (?, 'movies')`)
      .run(`/seeded/${first}/${count}`).lastInsertRowid;
    const ids: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const title = `Seeded ${i + 1}`;
      const mediaId = insertMedia.run(root, title, title, `/seeded/${first}/${i}`).lastInsertRowid;
      const youtube = youtubeEvery > 0 && (i + 1) % youtubeEvery === 0;
      const url = youtube ? `https://www.youtube.com/watch?v=seeded${i}` : `https://example.com/${i}.mp4`;
      const at = new Date(first + i).toISOString();
      const id = insertJob.run(
        mediaId,
        url,
        youtube ? 'youtube' : 'other',
        at,
        at,
        `/seeded/job-${i}`,
      ).lastInsertRowid;
      ids.push(Number(id));
    }
    return ids;
  })();
}
