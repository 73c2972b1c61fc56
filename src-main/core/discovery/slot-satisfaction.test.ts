// Which titles still lack a video a profile wants, per slot: the library-wide SQL condition
// (slot-sql.ts) and the per-title reading (DiscoveryStore.openSlots) on a real database with the
// real migrations, and the two agree title by title.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { slotKey } from '../../../src-preload/contract/video-kinds';
import { openDatabase } from '../db/open-database';
import { EventBus } from '../event-bus';
import { repoRoot } from '../library/test-helpers';
import { ProfileService } from '../profiles/profile-service';
import { DiscoveryStore, type SlotOwner } from './discovery-store';
import { unsatisfiedCondition } from './slot-sql';

const dir = mkdtempSync(join(tmpdir(), 'trailerdeck slots '));
const db = openDatabase(join(dir, 'test.db'), join(repoRoot, 'drizzle'));
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});
const sqlite = db.$client;
const profileId = new ProfileService({ db, events: new EventBus() }).list()[0]!.id;
sqlite.prepare("INSERT INTO library_root (id, path, kind) VALUES (1, '/lib', 'movies')").run();

function title(name: string, kind: 'movie' | 'series' = 'movie', seasons: number[] = []): number {
  const id = Number(
    sqlite
      .prepare(
        "INSERT INTO media (root_id, kind, title, sort_title, year, folder_path) VALUES (1, ?, ?, lower(?), 2020, '/lib/' || ?)",
      )
      .run(kind, name, name, name).lastInsertRowid,
  );
  for (const season of seasons) {
    sqlite
      .prepare('INSERT INTO media_season (media_id, season, folder_name) VALUES (?, ?, ?)')
      .run(id, season, `Season ${season}`);
  }
  return id;
}

let files = 0;
/** A usable file: detected on disk, or the download of a completed job for the slot. */
function file(
  mediaId: number,
  type: string,
  season: number | null,
  language: string | null,
  profile = 'detected',
) {
  files += 1;
  return Number(
    sqlite
      .prepare(
        `INSERT INTO download (media_id, path, file_name, size, profile_name, video_type, season, language)
         VALUES (?, ?, 'x.mkv', 1000, ?, ?, ?, ?)`,
      )
      .run(mediaId, `/lib/file${files}.mkv`, profile, type, season, language).lastInsertRowid,
  );
}

function job(mediaId: number, slot: string, status: string, downloadId: number | null = null) {
  const [type = 'trailer', season] = slot.split(/[/@#]/);
  sqlite
    .prepare(
      `INSERT INTO download_job (media_id, profile_id, profile_name, source_url, site, status, max_attempts,
         created_at, temp_dir, updated_at, slot, video_type, season, download_id)
       VALUES (?, ?, 'Default', 'https://example.com/v', 'youtube', ?, 3, '2026-01-01', '/tmp/x', '2026-01-01', ?, ?, ?, ?)`,
    )
    .run(
      mediaId,
      profileId,
      status,
      slot,
      type,
      season?.startsWith('s') ? Number(season.slice(1)) : null,
      downloadId,
    );
}

const store = new DiscoveryStore(db);
const base: SlotOwner = {
  id: profileId,
  acceptDetectedTrailers: true,
  wantedVideos: { trailer: 1 },
  maxVideosPerTitle: 6,
  seasonTrailers: false,
  languages: [],
  onePerLanguage: false,
};

// The library: what each title has.
const bare = title('Bare');
const withTrailer = title('Trailer on disk');
file(withTrailer, 'trailer', null, null);
const withFeaturetteJob = title('Featurette queued');
job(withFeaturetteJob, 'featurette', 'queued');
const withBoth = title('Trailer and featurette');
job(withBoth, 'trailer', 'completed', file(withBoth, 'trailer', null, null, 'Default'));
job(withBoth, 'featurette', 'downloading');
const teaserOnDisk = title('Teaser on disk');
file(teaserOnDisk, 'teaser', null, null);
const series = title('Series', 'series', [0, 1, 2]);
file(series, 'trailer', null, null);
file(series, 'trailer', 1, null);
const germanOnly = title('German trailer');
file(germanOnly, 'trailer', null, 'de');
const failedOnly = title('Failed job');
job(failedOnly, 'trailer', 'failed');

const cases: { name: string; profile: Partial<SlotOwner>; lacking: number[]; open?: [number, string[]] }[] = [
  {
    name: 'one trailer: a file of the title trailer satisfies; a featurette or teaser does not',
    profile: {},
    lacking: [bare, withFeaturetteJob, teaserOnDisk, failedOnly],
    open: [teaserOnDisk, ['trailer']],
  },
  {
    name: 'detected files do not count when the profile does not accept them',
    profile: { acceptDetectedTrailers: false },
    lacking: [bare, withTrailer, withFeaturetteJob, teaserOnDisk, series, germanOnly, failedOnly],
  },
  {
    name: 'trailer and featurette: a live featurette job fills its slot, not the trailer',
    profile: { wantedVideos: { trailer: 1, featurette: 1 } },
    lacking: [bare, withTrailer, withFeaturetteJob, teaserOnDisk, series, germanOnly, failedOnly],
    open: [withFeaturetteJob, ['trailer']],
  },
  {
    name: 'a teaser slot is filled by a teaser on disk',
    profile: { wantedVideos: { teaser: 1 } },
    lacking: [bare, withTrailer, withFeaturetteJob, withBoth, series, germanOnly, failedOnly],
  },
  {
    name: 'season trailers: season 2 still lacks one (specials want none)',
    profile: { seasonTrailers: true },
    lacking: [bare, withFeaturetteJob, teaserOnDisk, series, failedOnly],
    open: [series, ['trailer/s2']],
  },
  {
    name: 'season trailers beyond the cap are not wanted',
    profile: { seasonTrailers: true, maxVideosPerTitle: 2 },
    lacking: [bare, withFeaturetteJob, teaserOnDisk, failedOnly],
    open: [series, []],
  },
  {
    name: 'an extra after the seasons falls off the cap for a series with many seasons',
    profile: { seasonTrailers: true, maxVideosPerTitle: 3, wantedVideos: { trailer: 1, clip: 1 } },
    lacking: [bare, withTrailer, withFeaturetteJob, withBoth, teaserOnDisk, series, germanOnly, failedOnly],
    open: [series, ['trailer/s2']],
  },
  {
    name: 'one per language: a German file fills the German slot, not the English one',
    profile: { languages: ['de', 'en'], onePerLanguage: true },
    lacking: [bare, withTrailer, withFeaturetteJob, withBoth, teaserOnDisk, series, germanOnly, failedOnly],
    open: [germanOnly, ['trailer@en']],
  },
  {
    name: 'a language list without one per language: any language fills the one slot',
    profile: { languages: ['de', 'en'] },
    lacking: [bare, withFeaturetteJob, teaserOnDisk, failedOnly],
  },
];

describe('which titles lack a wanted video', () => {
  it.each(cases)('$name', ({ profile, lacking, open }) => {
    const owner = { ...base, ...profile };
    const found = store.unsatisfied(owner).map((row) => row.id);
    expect(found.sort()).toEqual([...lacking].sort());
    expect(store.unsatisfiedCount(owner, owner.id, owner.acceptDetectedTrailers)).toBe(lacking.length);
    // The per-title reading agrees with the SQL for every title.
    const all = sqlite.prepare('SELECT id, kind FROM media').all() as {
      id: number;
      kind: 'movie' | 'series';
    }[];
    for (const row of all) {
      expect(store.openSlots(row.id, row.kind, owner).length > 0, `title ${row.id}`).toBe(
        lacking.includes(row.id),
      );
    }
    if (open) expect(store.openSlots(open[0], 'series', owner).map(slotKey)).toEqual(open[1]);
  });
});

describe('the library-wide condition’s cost', () => {
  it('reads each title’s own jobs and files by index, never all of a profile’s jobs', () => {
    const owner = { ...base, wantedVideos: { trailer: 1, featurette: 1 }, seasonTrailers: true };
    const condition = unsatisfiedCondition(owner, owner.id, true);
    const plan = (
      sqlite
        .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM media m WHERE m.monitored = 1 AND ${condition.sql}`)
        .all(condition.params) as { detail: string }[]
    ).map((row) => row.detail);
    // Only the titles themselves are scanned; every job and file lookup is a search by the title.
    expect(
      plan.filter((detail) => detail.startsWith('SCAN') && !/^SCAN (m|s|l|\(subquery)/.test(detail)),
    ).toEqual([]);
    const jobLookups = plan.filter((detail) => detail.startsWith('SEARCH j'));
    expect(jobLookups.length).toBeGreaterThan(0);
    for (const detail of jobLookups) expect(detail).toContain('download_job_media_id_idx');
  });
});
