// The Review page's window onto the titles that need a choice, on a real database with the real
// migrations: pages in a stable order although a run checks many titles in the same millisecond,
// the totals in rows and titles, and rows that leave the list when their title gets a job.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDownloadApp, type DownloadApp } from '../downloads/download-test-kit';
import { nextEvent } from '../library/test-helpers';

let app: DownloadApp;
let profileId: number;

beforeEach(async () => {
  app = await openDownloadApp();
  await app.call('downloads:pauseAll');
  profileId = (await app.call('profiles:list')).find((p) => p.isDefault)!.id;
});
afterEach(async () => {
  await app.close();
});

/** `count` more titles, each with a search outcome, all checked at the same moment. */
function seedOutcomes(count: number, outcome = 'needs-choice'): number[] {
  const sqlite = app.core.db.$client;
  const rootId = sqlite.prepare('SELECT id FROM library_root LIMIT 1').pluck().get() as number;
  const insertMedia = sqlite.prepare(
    `INSERT INTO media (root_id, kind, title, sort_title, year, folder_path) VALUES (?, 'movie', ?, ?, 2000, ?)`,
  );
  const insertOutcome = sqlite.prepare(
    `INSERT INTO discovery_result (media_id, profile_id, outcome, best_score, best_title, message, checked_at)
     VALUES (?, ?, ?, 40, 'A clip', NULL, '2026-01-01T00:00:00.000Z')`,
  );
  return sqlite.transaction(() =>
    Array.from({ length: count }, (_, i) => {
      const title = `Seeded ${outcome} ${i}`;
      const mediaId = Number(insertMedia.run(rootId, title, title, `/seeded/${title}`).lastInsertRowid);
      insertOutcome.run(mediaId, profileId, outcome);
      return mediaId;
    }),
  )();
}

describe('the Review window', () => {
  it('pages through every row once although all were checked in the same millisecond', async () => {
    seedOutcomes(180);
    seedOutcomes(40, 'no-candidates');
    seedOutcomes(30, 'queued');
    const seen: number[] = [];
    for (let offset = 0; ; offset += 70) {
      const page = await app.call('discovery:needsChoiceWindow', { offset, limit: 70 });
      expect(page).toMatchObject({ offset, total: 220, titles: 220 });
      seen.push(...page.rows.map((row) => row.mediaId));
      if (page.rows.length < 70) break;
    }
    expect(seen).toHaveLength(220);
    expect(new Set(seen).size).toBe(220);
  });

  it('counts titles once when a title waits for two profiles', async () => {
    const [first] = seedOutcomes(3);
    const other = await app.call('profiles:duplicate', { id: profileId });
    app.core.db.$client
      .prepare(
        `INSERT INTO discovery_result (media_id, profile_id, outcome, checked_at)
         VALUES (?, ?, 'error', '2026-01-02T00:00:00.000Z')`,
      )
      .run(first, other.id);
    const page = await app.call('discovery:needsChoiceWindow', { offset: 0, limit: 10 });
    expect(page).toMatchObject({ total: 4, titles: 3 });
    // The newest check first.
    expect(page.rows[0]).toMatchObject({ mediaId: first, profileId: other.id, outcome: 'error' });
  });

  it('drops a title from the list once it gets a job for that profile', async () => {
    const [heat] = seedOutcomes(2);
    await app.call('downloads:enqueue', { mediaId: heat!, source: 'https://youtu.be/0xbBLiYbX8A' });
    const page = await app.call('discovery:needsChoiceWindow', { offset: 0, limit: 10 });
    expect(page).toMatchObject({ total: 1, titles: 1 });
    expect(page.rows.map((row) => row.mediaId)).not.toContain(heat);
  });
});

describe('Review rows for videos a profile no longer wants', () => {
  /** A title (a series with these season folders, or a movie) with a Review row per slot key. */
  function seedTitle(kind: 'movie' | 'series', seasons: number[], slots: string[]): number {
    const sqlite = app.core.db.$client;
    const rootId = sqlite.prepare('SELECT id FROM library_root LIMIT 1').pluck().get() as number;
    const title = `Seeded ${kind} ${slots.join(' ')}`;
    const mediaId = Number(
      sqlite
        .prepare(
          `INSERT INTO media (root_id, kind, title, sort_title, year, folder_path) VALUES (?, ?, ?, ?, 2017, ?)`,
        )
        .run(rootId, kind, title, title, `/seeded/${title}`).lastInsertRowid,
    );
    for (const season of seasons) {
      sqlite
        .prepare('INSERT INTO media_season (media_id, season, folder_name) VALUES (?, ?, ?)')
        .run(mediaId, season, `Season ${season}`);
    }
    for (const slot of slots) {
      sqlite
        .prepare(
          `INSERT INTO discovery_result (media_id, profile_id, slot, outcome, checked_at)
           VALUES (?, ?, ?, 'no-candidates', '2026-01-01T00:00:00.000Z')`,
        )
        .run(mediaId, profileId, slot);
    }
    return mediaId;
  }

  const reviewSlots = async () =>
    (await app.call('discovery:needsChoiceWindow', { offset: 0, limit: 50 })).rows
      .map((row) => `${row.mediaTitle.split(' ')[1]} ${row.slot}`)
      .sort();

  it('drops them when the profile stops wanting a type, a language or room under its cap, and says so', async () => {
    await app.call('profiles:update', {
      id: profileId,
      wantedVideos: { trailer: 1, featurette: 2, interview: 1 },
      languages: ['de', 'en'],
      onePerLanguage: true,
      maxVideosPerTitle: 10,
    });
    seedTitle('movie', [], ['trailer@de', 'trailer@en', 'featurette@de', 'featurette@en#2', 'interview@en']);
    expect(await reviewSlots()).toHaveLength(5);
    const changed = nextEvent(app.core.events, 'discovery:needsChoiceChanged');
    await app.call('profiles:update', {
      id: profileId,
      wantedVideos: { trailer: 1, featurette: 2 },
      languages: ['de'],
      maxVideosPerTitle: 2,
    });
    expect(await reviewSlots()).toEqual(['movie featurette@de', 'movie trailer@de']);
    expect((await changed).mediaIds).toHaveLength(1);
  });

  it('drops a season’s rows when season trailers are switched off or its folder leaves the disk', async () => {
    await app.call('profiles:update', { id: profileId, seasonTrailers: true, maxVideosPerTitle: 6 });
    const dark = seedTitle('series', [1, 2, 3], ['trailer', 'trailer/s1', 'trailer/s2', 'trailer/s3']);
    app.core.db.$client.prepare('DELETE FROM media_season WHERE media_id = ? AND season = 2').run(dark);
    expect(await reviewSlots()).toEqual(['series trailer', 'series trailer/s1', 'series trailer/s3']);
    await app.call('profiles:update', { id: profileId, seasonTrailers: false });
    expect(await reviewSlots()).toEqual(['series trailer']);
  });

  it('keeps every row the profile still wants when something else about it changes', async () => {
    await app.call('profiles:update', {
      id: profileId,
      seasonTrailers: true,
      wantedVideos: { trailer: 1, teaser: 1 },
    });
    seedTitle('series', [1, 2], ['trailer', 'trailer/s1', 'trailer/s2', 'teaser']);
    await app.call('profiles:update', { id: profileId, minScore: 70, name: 'Renamed' });
    expect(await reviewSlots()).toEqual([
      'series teaser',
      'series trailer',
      'series trailer/s1',
      'series trailer/s2',
    ]);
  });
});
