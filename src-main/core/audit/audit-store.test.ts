// The quality audit on a real SQLite file with the real migrations: each problem is flagged where
// the recorded facts and the file's profile say so, and nowhere else; the counts agree with a
// row-by-row check; pages follow the filter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../db/open-database';
import type { ProfileService } from '../profiles/profile-service';
import { auditProblems, type AuditProblem } from '../../../src-preload/contract/values';
import type { AuditStore } from './audit-store';
import { openAuditLibrary } from './audit-test-kit';

let dir: string;
let db: AppDatabase;
let profiles: ProfileService;
let audit: AuditStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'td-audit-'));
  ({ db, profiles, audit } = openAuditLibrary(dir));
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Facts {
  profile?: string;
  resolution?: string | null;
  width?: number | null;
  height?: number | null;
  video?: string | null;
  audio?: string | null;
  audioLanguage?: string | null;
  language?: string | null;
  problem?: string | null;
  exists?: boolean;
  pictureWidth?: number | null;
  pictureHeight?: number | null;
  loudness?: number | null;
}

const good: Facts = { resolution: '1080p', width: 1920, height: 1080, video: 'h264', audio: 'aac' };
let nextMedia = 0;

/** A title with one file of these facts (over a good 1080p H.264/AAC file); returns the file's id. */
function addFile(name: string, facts: Facts): number {
  nextMedia += 1;
  const f = { ...good, ...facts };
  const sqlite = db.$client;
  sqlite
    .prepare(
      `INSERT INTO media (id, root_id, kind, title, sort_title, folder_path) VALUES (?, 1, 'movie', ?, ?, ?)`,
    )
    .run(nextMedia, name, name.toLowerCase(), `/movies/${name}`);
  return Number(
    sqlite
      .prepare(
        `INSERT INTO download (media_id, path, file_name, size, profile_name, resolution, width, height,
           video_format, audio_format, audio_language, language, problem, file_exists, picture_width,
           picture_height, loudness)
         VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        nextMedia,
        `/movies/${name}/${name}-trailer.mkv`,
        `${name}-trailer.mkv`,
        f.profile ?? 'detected',
        f.resolution,
        f.width,
        f.height,
        f.video,
        f.audio,
        f.audioLanguage ?? null,
        f.language ?? null,
        f.problem ?? null,
        f.exists === false ? 0 : 1,
        f.pictureWidth ?? null,
        f.pictureHeight ?? null,
        f.loudness ?? null,
      ).lastInsertRowid,
  );
}

/** Every flagged file's problems, by title. */
function problemsByTitle(): Record<string, AuditProblem[]> {
  const page = audit.window({ offset: 0, limit: 500, problem: null });
  return Object.fromEntries(page.rows.map((row) => [row.mediaTitle, row.problems]));
}

describe('the quality audit', () => {
  it('flags each problem exactly where the recorded facts and the profile say so', () => {
    addFile('Good', { audioLanguage: 'ger', language: 'de' });
    addFile('Unknown size', { resolution: null, width: null, height: null });
    addFile('Small', { resolution: '720p', width: 1280, height: 720 });
    addFile('Tall', { resolution: '1080p', width: 1080, height: 1920 });
    addFile('Silent', { audio: null });
    addFile('Vp9', { video: 'vp9', audio: 'opus' });
    addFile('French', { audioLanguage: 'fre' });
    addFile('French slot', { language: 'fr' });
    addFile('Broken', { problem: 'It has no video stream.', video: null, audio: null });
    addFile('Gone', { exists: false, resolution: '480p' });
    // The same shortcomings under a profile that takes anything: nothing to flag but the portrait.
    addFile('Any small', {
      profile: 'Anything',
      resolution: '360p',
      video: 'vp9',
      audio: 'opus',
      audioLanguage: 'jpn',
    });
    addFile('Any tall', { profile: 'Anything', width: 720, height: 1280, resolution: '720p' });

    expect(problemsByTitle()).toEqual({
      Small: ['low-resolution'],
      Tall: ['portrait'],
      Silent: ['no-audio'],
      Vp9: ['unwanted-video-codec', 'unwanted-audio-codec'],
      French: ['wrong-language'],
      'French slot': ['wrong-language'],
      Broken: ['broken'],
      Gone: ['missing-file'],
      'Any tall': ['portrait'],
    });
  });

  it('flags a picture boxed into the frame and a loudness off the target, never an unmeasured file', () => {
    addFile('Unmeasured', {});
    addFile('Full picture', { pictureWidth: 1920, pictureHeight: 1080, loudness: -14 });
    addFile('Scope', { pictureWidth: 1920, pictureHeight: 804 });
    addFile('Pillarbox', { pictureWidth: 1440, pictureHeight: 1080 });
    addFile('Windowbox', { pictureWidth: 1280, pictureHeight: 536 });
    // Boxed on all sides but big (87 % of the frame), under a profile that takes any resolution.
    addFile('Thin border', { profile: 'Anything', pictureWidth: 1800, pictureHeight: 1000 });
    // Over 3/4 of a 4K frame, yet its picture is below 1080p where the frame is not.
    addFile('Small in 4K', {
      resolution: '2160p',
      width: 3840,
      height: 2160,
      pictureWidth: 1700,
      pictureHeight: 956,
    });
    addFile('Any boxed', { profile: 'Anything', pictureWidth: 960, pictureHeight: 400 });
    addFile('Quiet', { loudness: -27.5 });
    addFile('Loud', { loudness: -8.4 });
    addFile('Loud but usual', { loudness: -10 });
    expect(problemsByTitle()).toEqual({
      Windowbox: ['letterboxed'],
      'Small in 4K': ['letterboxed'],
      'Any boxed': ['letterboxed'],
      Quiet: ['too-quiet'],
      Loud: ['too-loud'],
    });
    const row = audit.window({ offset: 0, limit: 10, problem: 'letterboxed' }).rows[0]!;
    expect(row).toMatchObject({ pictureWidth: 960, pictureHeight: 400, width: 1920, height: 1080 });

    // A target of -16 LUFS: within 2 LU passes (-14 is just in), further is flagged, either side.
    const id = profiles.list().find((p) => p.isDefault)!.id;
    profiles.update(id, { processing: { ...profiles.list()[0]!.processing, loudnessTarget: -16 } });
    expect(problemsByTitle()).toEqual({
      Windowbox: ['letterboxed'],
      'Small in 4K': ['letterboxed'],
      'Any boxed': ['letterboxed'],
      Quiet: ['too-quiet'],
      Loud: ['too-loud'],
      'Loud but usual': ['too-loud'],
    });
    addFile('On target', { loudness: -17.9 });
    expect(problemsByTitle()['On target']).toBeUndefined();
    const quiet = audit.window({ offset: 0, limit: 10, problem: 'too-quiet' }).rows[0]!;
    expect(quiet).toMatchObject({ mediaTitle: 'Quiet', loudness: -27.5, wantedLoudness: -16 });
  });

  it('checks a file of a deleted profile, and one found on disk, against the default profile', () => {
    addFile('Orphan', { profile: 'Deleted long ago', resolution: '480p', width: 854, height: 480 });
    expect(problemsByTitle()).toEqual({ Orphan: ['low-resolution'] });
    const row = audit.window({ offset: 0, limit: 10, problem: null }).rows[0]!;
    expect(row).toMatchObject({
      wantedResolution: '1080',
      wantedLanguages: ['de', 'en'],
      resolution: '480p',
    });
  });

  it('follows a profile edit at once: H.265 wanted means hevc files pass', () => {
    const id = profiles.list().find((p) => p.isDefault)!.id;
    addFile('Hevc', { video: 'hevc' });
    expect(problemsByTitle()).toEqual({ Hevc: ['unwanted-video-codec'] });
    profiles.update(id, { videoCodec: 'h265' });
    expect(problemsByTitle()).toEqual({});
  });

  it('counts equal a row-by-row check, and the filter pages through exactly the counted files', () => {
    const shapes: Facts[] = [
      {},
      { resolution: '480p', width: 640, height: 480 },
      { width: 1080, height: 1920, resolution: '1080p', audio: null },
      { video: 'av1', audioLanguage: 'ita' },
      { exists: false },
      { problem: 'Unreadable', video: null, audio: null },
      { profile: 'Anything', resolution: '240p', video: 'vp9' },
      { pictureWidth: 1280, pictureHeight: 536, loudness: -30 },
      { loudness: -5, pictureWidth: 1920, pictureHeight: 800 },
    ];
    for (let i = 0; i < 180; i += 1)
      addFile(`Title ${String(i).padStart(3, '0')}`, shapes[i % shapes.length]!);

    const counts = audit.counts();
    const everyRow = audit.window({ offset: 0, limit: 500, problem: null }).rows;
    expect(counts.checked).toBe(180);
    expect(counts.any).toBe(everyRow.length);
    for (const problem of auditProblems) {
      const byRow = everyRow.filter((row) => row.problems.includes(problem)).length;
      expect(counts[problem], problem).toBe(byRow);
      const seen: number[] = [];
      for (let offset = 0; ; offset += 7) {
        const page = audit.window({ offset, limit: 7, problem });
        expect(page.total).toBe(byRow);
        seen.push(...page.rows.map((row) => row.downloadId));
        if (page.rows.length < 7) break;
      }
      expect(new Set(seen).size, problem).toBe(byRow);
    }
    expect(counts).toMatchObject({
      'low-resolution': 20,
      portrait: 20,
      'no-audio': 20,
      'missing-file': 20,
      letterboxed: 20,
      'too-quiet': 20,
      'too-loud': 20,
    });
  });

  it("reads one file's problems as the list does, by its id (the Upgrade's plan)", () => {
    const vp9 = addFile('Vp9', { video: 'vp9', audio: 'opus' });
    const small = addFile('Small', { resolution: '480p', width: 854, height: 480 });
    const fine = addFile('Fine', {});
    const problemsOf = audit.problemReader();
    expect(problemsOf(vp9)).toEqual(['unwanted-video-codec', 'unwanted-audio-codec']);
    expect(problemsOf(small)).toEqual(problemsByTitle()['Small']);
    expect(problemsOf(fine)).toEqual([]);
    expect(problemsOf(999)).toEqual([]);
    // One row by its key, not a walk of the table: the plan never scans `download`.
    const plan = db.$client
      .prepare(`EXPLAIN QUERY PLAN ${readerSql()}`)
      .all({ rules: '[]', fallback: '', id: 1 }) as { detail: string }[];
    const steps = plan.map((step) => step.detail);
    expect(steps).toContain('SEARCH d USING INTEGER PRIMARY KEY (rowid=?)');
    expect(steps.filter((step) => /^SCAN d\b/.test(step))).toEqual([]);
  });
});

/** The reader's statement, as SQLite holds it (private: only its query plan is checked here). */
function readerSql(): string {
  const statement = (audit as unknown as { flagsOf: { source: string } }).flagsOf;
  return statement.source;
}
