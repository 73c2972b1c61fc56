// The quality audit: every trailer and extra checked against its profile from the facts recorded
// when it was probed. SQLite computes each file's problems as bits (one bit per `auditProblems`
// entry) in one pass, so the counts and a page of the list cost one scan of `download`, never a
// copy of the table in memory, however large the library.
import type { Database, Statement } from 'better-sqlite3';
import type {
  AuditCounts,
  AuditRow,
  AuditWindow,
  AuditWindowQuery,
} from '../../../src-preload/contract/audit';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import { auditLetterboxArea, auditProblems, type AuditProblem } from '../../../src-preload/contract/values';
import { auditRules } from './audit-rules';

const bit = (problem: AuditProblem): number => 1 << auditProblems.indexOf(problem);
const anyProblem = (1 << auditProblems.length) - 1;

// Letterboxed: the picture inside the black bars (measured by processing) is boxed in on all four
// sides and covers under 3/4 of the frame; or it reaches neither the wanted height nor a 16:9 frame's
// width at that height while the frame itself does (a 1920×1080 file holding a 1280×536 picture is
// 536p for the eye). A wide film letterboxed only top and bottom (1920×804, scope) fills the
// frame's width and is not flagged: that is how trailers are cut.
const letterboxed = `
  (d.picture_width * d.picture_height < ${auditLetterboxArea} * d.width * d.height
     AND d.picture_width < d.width AND d.picture_height < d.height)
  OR (r.min_height IS NOT NULL AND min(d.width, d.height) >= r.min_height
     AND min(d.picture_width, d.picture_height) < r.min_height
     AND max(d.picture_width, d.picture_height) < r.min_height * 16 / 9)`;

// A missing file and a broken one have no facts worth judging further; the other checks only flag
// what was recorded (a file probed before width and height were kept is never called portrait).
const flags = `CASE
  WHEN d.file_exists = 0 THEN ${bit('missing-file')}
  WHEN d.problem IS NOT NULL THEN ${bit('broken')}
  ELSE
    (CASE WHEN r.min_height IS NOT NULL AND d.resolution IS NOT NULL
            AND CAST(d.resolution AS INTEGER) < r.min_height THEN ${bit('low-resolution')} ELSE 0 END)
  | (CASE WHEN d.width IS NOT NULL AND d.height > d.width THEN ${bit('portrait')} ELSE 0 END)
  | (CASE WHEN d.video_format IS NOT NULL AND d.audio_format IS NULL THEN ${bit('no-audio')} ELSE 0 END)
  | (CASE WHEN r.video_format IS NOT NULL AND d.video_format IS NOT NULL
            AND d.video_format <> r.video_format THEN ${bit('unwanted-video-codec')} ELSE 0 END)
  | (CASE WHEN r.audio_format IS NOT NULL AND d.audio_format IS NOT NULL
            AND d.audio_format <> r.audio_format THEN ${bit('unwanted-audio-codec')} ELSE 0 END)
  | (CASE WHEN r.accepted IS NOT NULL AND (
              (d.language IS NOT NULL AND instr(r.accepted, ',' || lower(d.language) || ',') = 0)
              OR (d.audio_language IS NOT NULL AND instr(r.accepted, ',' || lower(d.audio_language) || ',') = 0)
            ) THEN ${bit('wrong-language')} ELSE 0 END)
  | (CASE WHEN d.picture_width IS NOT NULL AND d.picture_height IS NOT NULL AND d.width IS NOT NULL
            AND d.height IS NOT NULL AND (${letterboxed}) THEN ${bit('letterboxed')} ELSE 0 END)
  | (CASE WHEN d.loudness < r.quiet_below THEN ${bit('too-quiet')} ELSE 0 END)
  | (CASE WHEN d.loudness > r.loud_above THEN ${bit('too-loud')} ELSE 0 END)
END`;

// Parameters: @rules as JSON, @fallback the default profile's name (files found on disk, and files of
// a profile since deleted, are checked against it).
const audited = `
  WITH rule AS MATERIALIZED (
    SELECT json_extract(value, '$.name') AS name, json_extract(value, '$.minHeight') AS min_height,
           json_extract(value, '$.videoFormat') AS video_format,
           json_extract(value, '$.audioFormat') AS audio_format, json_extract(value, '$.accepted') AS accepted,
           json_extract(value, '$.quietBelow') AS quiet_below, json_extract(value, '$.loudAbove') AS loud_above
    FROM json_each(@rules)
  ),
  audited AS (
    SELECT d.id, r.name AS profile_name, ${flags} AS flags
    FROM download d
    JOIN rule r ON r.name = CASE WHEN d.profile_name IN (SELECT name FROM rule) THEN d.profile_name ELSE @fallback END
  )`;

/** A row as SQLite gives it: the contract's facts, with the problems as bit flags and no wishes yet. */
type WindowRow = Omit<
  AuditRow,
  | 'problems'
  | 'wantedResolution'
  | 'wantedVideoCodec'
  | 'wantedAudioCodec'
  | 'wantedLanguages'
  | 'wantedLoudness'
> & { flags: number };

/** Reads the audit; profiles come from the caller so edits to them count at once. */
export class AuditStore {
  private readonly countAll: Statement;
  private readonly countMatching: Statement;
  private readonly page: Statement;
  private readonly spellings: Statement;
  private readonly matchingIds: Statement;
  private readonly flagsOf: Statement;

  constructor(
    sqlite: Database,
    private readonly profiles: () => TrailerProfile[],
  ) {
    const sums = auditProblems
      .map((problem) => `coalesce(sum((flags & ${bit(problem)}) <> 0), 0) AS "${problem}"`)
      .join(', ');
    this.countAll = sqlite.prepare(
      `${audited} SELECT count(*) AS checked, coalesce(sum(flags <> 0), 0) AS "any", ${sums} FROM audited`,
    );
    this.countMatching = sqlite
      .prepare(`${audited} SELECT count(*) FROM audited WHERE (flags & @mask) <> 0`)
      .pluck();
    this.matchingIds = sqlite
      .prepare(`${audited} SELECT id FROM audited WHERE (flags & @mask) <> 0 ORDER BY id`)
      .pluck();
    // One file: SQLite pushes the id into the `audited` view, so this reads one row, not the table.
    this.flagsOf = sqlite.prepare(`${audited} SELECT flags FROM audited WHERE id = @id`).pluck();
    this.page = sqlite.prepare(`${audited}
      SELECT d.id AS downloadId, m.id AS mediaId, m.title AS mediaTitle, m.year AS mediaYear,
             d.file_name AS fileName, d.path, d.video_type AS videoType, d.season,
             a.profile_name AS profileName, a.flags, d.resolution, d.width, d.height,
             d.video_format AS videoFormat, d.audio_format AS audioFormat, d.language,
             d.audio_language AS audioLanguage, d.problem AS brokenReason,
             d.picture_width AS pictureWidth, d.picture_height AS pictureHeight, d.loudness
      FROM audited a JOIN download d ON d.id = a.id JOIN media m ON m.id = d.media_id
      WHERE (a.flags & @mask) <> 0
      ORDER BY m.sort_title COLLATE NOCASE, m.id, d.video_type, d.season, d.id
      LIMIT @limit OFFSET @offset`);
    // Few distinct values, read from the rows, so the rules know every spelling of a language.
    this.spellings = sqlite
      .prepare(
        `SELECT DISTINCT lower(language) FROM download WHERE language IS NOT NULL
         UNION SELECT DISTINCT lower(audio_language) FROM download WHERE audio_language IS NOT NULL`,
      )
      .pluck();
  }

  /** Files with each problem, in the whole library. */
  counts(): AuditCounts {
    return this.countAll.get(this.rules()) as AuditCounts;
  }

  /** A page of the files with `problem` (any problem when null), by title. */
  window(query: AuditWindowQuery): AuditWindow {
    const mask = query.problem === null ? anyProblem : bit(query.problem);
    const params = { ...this.rules(), mask };
    const total = Number(this.countMatching.get(params));
    const byName = new Map(this.profiles().map((profile) => [profile.name, profile]));
    const rows = (this.page.all({ ...params, limit: query.limit, offset: query.offset }) as WindowRow[]).map(
      (row): AuditRow => {
        const profile = byName.get(row.profileName);
        const { flags: rowFlags, ...facts } = row;
        return {
          ...facts,
          problems: auditProblems.filter((problem) => (rowFlags & bit(problem)) !== 0),
          wantedResolution: profile?.maxResolution ?? 'best',
          wantedVideoCodec: profile?.videoCodec ?? 'any',
          wantedAudioCodec: profile?.audioCodec ?? 'any',
          wantedLanguages: profile?.languages ?? [],
          wantedLoudness: profile?.processing.loudnessTarget ?? null,
        };
      },
    );
    return { rows, offset: query.offset, total, problem: query.problem };
  }

  /** The ids of every file with `problem` (any when null): "Upgrade all in this filter". */
  ids(problem: AuditProblem | null): number[] {
    const mask = problem === null ? anyProblem : bit(problem);
    return this.matchingIds.all({ ...this.rules(), mask }) as number[];
  }

  /**
   * A reader of single files' problems (the Upgrade's plan), with the profiles' rules worked out
   * once for all the files it is asked about.
   */
  problemReader(): (downloadId: number) => AuditProblem[] {
    const rules = this.rules();
    return (id) => {
      const flags = this.flagsOf.get({ ...rules, id }) as number | undefined;
      return flags === undefined ? [] : auditProblems.filter((problem) => (flags & bit(problem)) !== 0);
    };
  }

  /** The statements' @rules and @fallback. */
  private rules(): { rules: string; fallback: string } {
    const profiles = this.profiles();
    const fallback = profiles.find((profile) => profile.isDefault)?.name ?? profiles[0]?.name ?? '';
    return { rules: JSON.stringify(auditRules(profiles, this.spellings.all() as string[])), fallback };
  }
}
