// Measures queueing titles one at a time, as a library run does, once the queue is already long:
// a real core on a real SQLite file with the real migrations, the queue held (Pause all) so only
// the queueing itself is measured (the insert, its event and what the event's readers do).
//   npm run bench:enqueue -- [--queued 17000] [--titles 3000]
// Prints the CPU time and the wall time per title. A step that reads every queued job on each
// event (or prepares its statements on each call) shows here as a cost that grows with --queued.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../src-main/core/create-core';
import { bundledFfprobePath } from '../src-main/core/tools/ffprobe-path';
import { positiveArg } from './bench-args';

const queued = positiveArg('queued', 17_000);
const titles = positiveArg('titles', 3_000);
const dir = mkdtempSync(join(tmpdir(), 'trailerdeck bench enqueue '));
const core = createCore({
  dataDir: join(dir, 'data'),
  migrationsFolder: join(import.meta.dirname, '..', 'drizzle'),
  ffprobePath: bundledFfprobePath(),
  version: 'bench',
});

try {
  await core.ready;
  const sqlite = core.db.$client;
  const mediaIds = sqlite.transaction(() => {
    const rootId = sqlite
      .prepare(`INSERT INTO library_root (path, kind) VALUES ('/bench/Movies', 'movies')`)
      .run().lastInsertRowid;
    const insert = sqlite.prepare(
      `INSERT INTO media (root_id, kind, title, sort_title, year, folder_path) VALUES (?, 'movie', ?, ?, 2000, ?)`,
    );
    return Array.from({ length: queued + titles }, (_, i) =>
      Number(
        insert.run(rootId, `Bench Title ${i}`, `bench title ${i}`, `/bench/Movies/${i}`).lastInsertRowid,
      ),
    );
  })();
  await core.downloads.pauseAll();
  const source = 'https://youtu.be/0xbBLiYbX8A';
  for (const mediaId of mediaIds.slice(0, queued)) core.downloads.enqueue({ mediaId, source });

  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const mediaId of mediaIds.slice(queued)) core.downloads.enqueue({ mediaId, source });
  const used = process.cpuUsage(cpu);
  const wall = performance.now() - started;
  console.log(
    `Queued ${titles.toLocaleString('en')} titles one at a time after ${queued.toLocaleString('en')} queued: ` +
      `${((used.user + used.system) / 1000 / titles).toFixed(2)} ms CPU, ${(wall / titles).toFixed(2)} ms wall a title`,
  );
} finally {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
}
