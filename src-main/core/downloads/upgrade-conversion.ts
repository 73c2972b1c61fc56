// "The same one converted": which of the audit's problems converting the file already on disk fixes
// (an unwanted codec the profile can convert to, a level off the profile's loudness target), the
// processing settings such a job converts with, and how a job's stored settings are read back.
// Anything else (too small, portrait, wrong language, broken, missing) needs another download.
import { processingSchema, type ProcessingSettings } from '../../../src-preload/contract/processing';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { AuditProblem } from '../../../src-preload/contract/values';
import { JobFailure } from './job-failure';
import type { JobRow } from './job-store';

const fixedByConverting: ReadonlySet<AuditProblem> = new Set<AuditProblem>([
  'unwanted-video-codec',
  'unwanted-audio-codec',
  'too-quiet',
  'too-loud',
]);

// The profile's download codecs the processing stage can also encode to (mp3 and vorbis: it cannot).
const videoTargets = { h264: 'h264', h265: 'h265', vp9: 'vp9', av1: 'av1' } as const;
const audioTargets = { aac: 'aac', opus: 'opus' } as const;

/**
 * The processing settings that turn a file with these problems into one the audit passes under
 * `profile`, or null when converting cannot (a problem only another download fixes, a codec the
 * stage cannot encode, or the profile's processing converting to some other codec). The profile's
 * own settings when they already do it; with the wanted codec in place of 'keep' otherwise.
 */
export function conversionSettings(
  profile: Pick<TrailerProfile, 'videoCodec' | 'audioCodec' | 'processing'>,
  problems: readonly AuditProblem[],
): ProcessingSettings | null {
  if (problems.length === 0 || problems.some((problem) => !fixedByConverting.has(problem))) return null;
  let settings = profile.processing;
  const levelOff = problems.includes('too-quiet') || problems.includes('too-loud');
  if (levelOff && settings.loudnessTarget === null) return null;
  if (problems.includes('unwanted-video-codec')) {
    const wanted = profile.videoCodec === 'any' ? null : videoTargets[profile.videoCodec];
    const converts = settings.compatibility ? 'h264' : settings.videoCodec;
    if (wanted === null || (converts !== 'keep' && converts !== wanted)) return null;
    if (converts === 'keep') settings = { ...settings, videoCodec: wanted };
  }
  if (problems.includes('unwanted-audio-codec')) {
    const audio = profile.audioCodec;
    const wanted = audio === 'aac' || audio === 'opus' ? audioTargets[audio] : null;
    const converts = settings.compatibility ? 'aac' : settings.audioCodec;
    if (wanted === null || (converts !== 'keep' && converts !== wanted)) return null;
    if (converts === 'keep') settings = { ...settings, audioCodec: wanted };
  }
  return settings;
}

/** The profile a job runs with: its processing replaced by the job's own settings when it has them. */
export function jobProcessingProfile(
  profile: TrailerProfile,
  row: Pick<JobRow, 'id' | 'processing_override'>,
): TrailerProfile {
  if (row.processing_override === null) return profile;
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.processing_override);
  } catch {
    parsed = null;
  }
  const settings = processingSchema.safeParse(parsed);
  if (!settings.success) {
    throw new JobFailure(
      'UNKNOWN',
      `Job ${row.id}'s conversion settings are damaged, so it cannot convert.`,
      {
        hint: 'Upgrade the file again from the audit.',
      },
    );
  }
  return { ...profile, processing: settings.data };
}
