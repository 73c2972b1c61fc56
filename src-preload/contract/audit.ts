import { z } from 'zod';
import type { VideoType } from './video-kinds';
import { auditProblems, auditUpgradeMaxIds, type AuditProblem } from './values';

export type { AuditProblem } from './values';

/** The largest page the window may ask for. */
export const auditWindowMaxLimit = 500;

/** A page of the audit's list: `problem` null lists every file with at least one problem. */
export const auditWindowQuerySchema = z.strictObject({
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(auditWindowMaxLimit),
  problem: z.enum(auditProblems).nullable(),
});

export type AuditWindowQuery = z.output<typeof auditWindowQuerySchema>;

/**
 * Upgrade / Replace: the files picked by hand, or every file of a filter (`problem` null: any
 * problem), resolved in main so a whole filter never crosses as a list of ids.
 */
export const auditUpgradeSchema = z
  .strictObject({
    downloadIds: z
      .array(z.number().int().positive())
      .min(1, 'Select at least one file.')
      .max(auditUpgradeMaxIds, `Select at most ${auditUpgradeMaxIds} files, or all in the filter.`)
      .optional(),
    problem: z.enum(auditProblems).nullable().optional(),
  })
  .refine((input) => (input.downloadIds === undefined) !== (input.problem === undefined), {
    message: 'Select files, or all files of a filter.',
  });

export type AuditUpgradeRequest = z.output<typeof auditUpgradeSchema>;

/** One file with its problems and the facts and wishes that explain them. */
export interface AuditRow {
  downloadId: number;
  mediaId: number;
  mediaTitle: string;
  mediaYear: number | null;
  fileName: string;
  path: string;
  videoType: VideoType;
  season: number | null;
  /** The profile it was checked against (a file found on disk: the default profile). */
  profileName: string;
  problems: AuditProblem[];
  /** The recorded facts. */
  resolution: string | null;
  width: number | null;
  height: number | null;
  videoFormat: string | null;
  audioFormat: string | null;
  /** The slot's language, else the audio track's. */
  language: string | null;
  audioLanguage: string | null;
  /** Why the file is broken (ffprobe's complaint), when it is. */
  brokenReason: string | null;
  /** The picture inside any black bars, and the loudness (LUFS) as filed; null: not measured. */
  pictureWidth: number | null;
  pictureHeight: number | null;
  loudness: number | null;
  /** The profile's wishes: '1080', 'best'; 'any' for a codec; [] for any language. */
  wantedResolution: string;
  wantedVideoCodec: string;
  wantedAudioCodec: string;
  wantedLanguages: string[];
  /** The profile's loudness target (LUFS); null: none, the audit's usual band applies. */
  wantedLoudness: number | null;
}

/** Files with each problem in the whole library; `any` counts files with at least one. */
export type AuditCounts = Record<AuditProblem | 'any', number> & {
  /** Trailers and extras checked. */
  checked: number;
};

export interface AuditWindow {
  rows: AuditRow[];
  /** Where `rows` start in the filtered list. */
  offset: number;
  /** Rows in the filtered list. */
  total: number;
  problem: AuditProblem | null;
}
