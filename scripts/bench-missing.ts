// Measures the library-wide "how many titles lack a wanted video" (the profile editor's count and
// the start of "Download missing trailers") on a real SQLite file with the real migrations.
//   npm run bench:missing -- [--titles 200000]
// Seeds N monitored titles (every fourth a series with three season folders and specials); half of
// them have every slot filled (a completed trailer, a featurette job, detected season trailers), the
// rest nothing. No ANALYZE (the app runs none), so the plans are the ones the app gets. Prints the time of DiscoveryStore.unsatisfiedCount for several profile shapes: a
// filled title costs a few index probes per slot, never a scan of another table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src-main/core/db/open-database';
import { DiscoveryStore } from '../src-main/core/discovery/discovery-store';
import type { SlotProfile } from '../src-main/core/discovery/wanted-slots';
import { EventBus } from '../src-main/core/event-bus';
import { ProfileService } from '../src-main/core/profiles/profile-service';

const at = process.argv.indexOf('--titles');
const titles = at >= 0 ? Number(process.argv[at + 1]) : 200_000;
if (!Number.isInteger(titles) || titles <= 0) throw new Error('--titles needs a positive whole number');

const dir = mkdtempSync(join(tmpdir(), 'trailerdeck bench missing '));
const db = openDatabase(join(dir, 'bench.db'), join(process.cwd(), 'drizzle'));
const sqlite = db.$client;
const profileId = new ProfileService({ db, events: new EventBus() }).list()[0]!.id;

const seedStart = performance.now();
sqlite.prepare("INSERT INTO library_root (id, path, kind) VALUES (1, '/lib', 'movies')").run();
const media = sqlite.prepare(
  'INSERT INTO media (root_id, kind, title, sort_title, year, folder_path, monitored) VALUES (1, ?, ?, ?, 2020, ?, 1)',
);
const season = sqlite.prepare('INSERT INTO media_season (media_id, season, folder_name) VALUES (?, ?, ?)');
const file = sqlite.prepare(
  `INSERT INTO download (media_id, path, file_name, size, profile_name, video_type, season)
   VALUES (?, ?, 'x.mkv', 1000, ?, ?, ?)`,
);
const job = sqlite.prepare(
  `INSERT INTO download_job (media_id, profile_id, profile_name, source_url, site, status, max_attempts,
     created_at, temp_dir, updated_at, slot, video_type, download_id)
   VALUES (?, ?, 'Default', 'https://example.com/v', 'youtube', ?, 3, '2026-01-01', '/tmp/x', '2026-01-01', ?, ?, ?)`,
);
sqlite.transaction(() => {
  for (let i = 0; i < titles; i++) {
    const series = i % 4 === 0;
    const name = `Bench Title ${i}`;
    const id = Number(
      media.run(series ? 'series' : 'movie', name, name.toLowerCase(), `/lib/${name}`).lastInsertRowid,
    );
    if (series) for (const n of [0, 1, 2, 3]) season.run(id, n, n === 0 ? 'Specials' : `Season ${n}`);
    if (i % 2 === 1) continue;
    const trailer = Number(file.run(id, `/lib/${name}/t.mkv`, 'Default', 'trailer', null).lastInsertRowid);
    job.run(id, profileId, 'completed', 'trailer', 'trailer', trailer);
    job.run(id, profileId, 'queued', 'featurette', 'featurette', null);
    if (series) for (const n of [1, 2, 3]) file.run(id, `/lib/${name}/s${n}.mkv`, 'detected', 'trailer', n);
  }
})();
console.log(
  `Seeded ${titles.toLocaleString('en')} titles in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
);

const store = new DiscoveryStore(db);
const plain: SlotProfile = {
  wantedVideos: { trailer: 1 },
  maxVideosPerTitle: 6,
  seasonTrailers: false,
  languages: [],
  onePerLanguage: false,
};
const shapes: [string, SlotProfile][] = [
  ['one trailer', plain],
  ['trailer + featurette', { ...plain, wantedVideos: { trailer: 1, featurette: 1 } }],
  [
    'trailer + featurette + season trailers',
    { ...plain, wantedVideos: { trailer: 1, featurette: 1 }, seasonTrailers: true },
  ],
  ['one trailer per language (de, en)', { ...plain, languages: ['de', 'en'], onePerLanguage: true }],
];
for (const [name, profile] of shapes) {
  const times: number[] = [];
  let count = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    count = store.unsatisfiedCount(profile, profileId, true);
    times.push(performance.now() - start);
  }
  const best = Math.min(...times);
  console.log(
    `${name.padEnd(42)} ${count.toLocaleString('en').padStart(9)} titles lacking  best of 3: ${best.toFixed(0)} ms`,
  );
}
db.$client.close();
rmSync(dir, { recursive: true, force: true });
