// What each profile wants, as the few values the audit's SQL compares a file's recorded facts with.
// Profiles are few, so the rules are worked out here (where language codes can be understood) and
// handed to SQLite as one JSON parameter: the statement stays prepared, the rows stay in SQLite.
import { primaryLanguage } from '../../../src-preload/contract/language-names';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import { auditLoudnessBand, auditLoudnessTolerance } from '../../../src-preload/contract/values';

/** One profile's wishes in the form the audit's SQL reads (see audit-store.ts). */
export interface AuditRule {
  name: string;
  /** The short edge below which a file is "low resolution"; null: the profile takes the best there is. */
  minHeight: number | null;
  /** ffprobe's codec name the profile wants; null: any. */
  videoFormat: string | null;
  audioFormat: string | null;
  /**
   * Every spelling of the wanted languages the library's files use, as `,de,deu,ger,`; null: any
   * language. A spelling no one can read ("xx-?") is accepted: the audit only flags what it knows.
   */
  accepted: string | null;
  /** Loudness (LUFS) below which a measured file is "too quiet", and above which "too loud". */
  quietBelow: number;
  loudAbove: number;
}

/** The band a file's measured loudness should fall in under this profile. */
export function loudnessLimits(profile: TrailerProfile): { quietBelow: number; loudAbove: number } {
  const target = profile.processing.loudnessTarget;
  if (target === null) return auditLoudnessBand;
  return { quietBelow: target - auditLoudnessTolerance, loudAbove: target + auditLoudnessTolerance };
}

// The profile's codec names as ffprobe writes them (codec_name): only H.265 differs.
const ffprobeVideoNames: Readonly<Record<string, string>> = { h265: 'hevc' };

/**
 * The rules of these profiles. `spellings` are the language codes found in the library (slot
 * languages and audio tags), so a profile that wants "de" also accepts a track tagged "ger".
 */
export function auditRules(profiles: readonly TrailerProfile[], spellings: readonly string[]): AuditRule[] {
  return profiles.map((profile) => {
    const wanted = new Set(profile.languages.map((code) => primaryLanguage(code) ?? code.toLowerCase()));
    let accepted: string | null = null;
    if (wanted.size > 0) {
      const codes = new Set([...wanted, ...profile.languages.map((code) => code.toLowerCase())]);
      for (const spelling of spellings) {
        const language = primaryLanguage(spelling);
        if (language === null || wanted.has(language)) codes.add(spelling.toLowerCase());
      }
      accepted = `,${[...codes].join(',')},`;
    }
    return {
      name: profile.name,
      minHeight: profile.maxResolution === 'best' ? null : Number(profile.maxResolution),
      videoFormat:
        profile.videoCodec === 'any' ? null : (ffprobeVideoNames[profile.videoCodec] ?? profile.videoCodec),
      audioFormat: profile.audioCodec === 'any' ? null : profile.audioCodec,
      accepted,
      ...loudnessLimits(profile),
    };
  });
}
