// Measures the quality audit on a large library: a real SQLite file with the real migrations,
// N trailers and extras seeded with a mix of facts (most fine, some low-resolution, portrait,
// silent, of another codec or language, broken or gone, letterboxed, too quiet or too loud), checked
// against the default profile (1080p, H.264/AAC, German or English) and a second one that takes
// anything.
//   npm run bench:audit -- [--files 10000] [--runs 15]
// Prints the median and worst time of the Audit page's calls from the database (`audit:counts`,
// the first window of every problem and of one problem, a window deep in the list), with the
// serialised answer's size. Goal: the counts and the first window under 300 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAuditLibrary } from '../src-main/core/audit/audit-test-kit';
import { positiveArg } from './bench-args';

const files = positiveArg('files', 10_000);
const runs = positiveArg('runs', 15);

const dir = mkdtempSync(join(tmpdir(), 'td-bench-audit-'));
try {
  const { db, audit } = openAuditLibrary(dir);
  const sqlite = db.$client;

  const seedStart = performance.now();
  const insertMedia = sqlite.prepare(
    `INSERT INTO media (root_id, kind, title, sort_title, year, folder_path) VALUES (1, 'movie', ?, ?, 2000, ?)`,
  );
  const insertFile = sqlite.prepare(
    `INSERT INTO download (media_id, path, file_name, size, profile_name, resolution, width, height, video_format,
       audio_format, audio_language, video_type, problem, file_exists, picture_width, picture_height, loudness)
     VALUES (?, ?, ?, 1000000, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    // Two videos per title: a trailer and, every other title, a featurette.
    for (let i = 0, media = 0; i < files; media += 1) {
      const title = `Bench Title ${String(media).padStart(6, '0')}`;
      const mediaId = Number(insertMedia.run(title, title.toLowerCase(), `/movies/${title}`).lastInsertRowid);
      for (const type of media % 2 === 0 ? ['trailer', 'featurette'] : ['trailer']) {
        if (i >= files) break;
        const shape = i % 20;
        const [w, h] = shape === 1 ? [1280, 720] : shape === 2 ? [1080, 1920] : [1920, 1080];
        insertFile.run(
          mediaId,
          `/movies/${title}/${title}-${type}.mkv`,
          `${title}-${type}.mkv`,
          shape === 9 ? 'Anything' : 'detected',
          shape === 1 ? '720p' : '1080p',
          w,
          h,
          shape === 4 ? 'vp9' : 'h264',
          shape === 3 ? null : shape === 4 ? 'opus' : 'aac',
          shape === 5 ? 'fre' : shape === 6 ? 'ger' : 'eng',
          type,
          shape === 7 ? 'It has no video stream.' : null,
          shape === 8 ? 0 : 1,
          // Processing measured half the files: one in 20 letterboxed, one too quiet, one too loud.
          i % 2 === 0 ? (shape === 10 ? 1280 : w) : null,
          i % 2 === 0 ? (shape === 10 ? 536 : h) : null,
          i % 2 === 0 ? (shape === 12 ? -31 : shape === 14 ? -6 : -14) : null,
        );
        i += 1;
      }
    }
  })();
  console.log(`seeded ${files.toLocaleString()} files in ${(performance.now() - seedStart).toFixed(0)} ms`);

  const measure = (label: string, call: () => unknown) => {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      bytes = JSON.stringify(call()).length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(
      `${label.padEnd(34)} median ${median.toFixed(1).padStart(6)} ms   worst ${times.at(-1)!.toFixed(1).padStart(6)} ms   ${(bytes / 1024).toFixed(1)} KiB`,
    );
    return median;
  };

  const counts = audit.counts();
  console.log('counts', JSON.stringify(counts));
  const countsMs = measure('audit:counts', () => audit.counts());
  const firstMs = measure('audit:window any, first 200', () =>
    audit.window({ offset: 0, limit: 200, problem: null }),
  );
  measure('audit:window portrait, first 200', () =>
    audit.window({ offset: 0, limit: 200, problem: 'portrait' }),
  );
  measure('audit:window any, deep (last 200)', () =>
    audit.window({ offset: Math.max(0, counts.any - 200), limit: 200, problem: null }),
  );
  const pageLoad = countsMs + firstMs;
  console.log(`page load (counts + first window): ${pageLoad.toFixed(1)} ms (goal < 300 ms)`);
  db.$client.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
