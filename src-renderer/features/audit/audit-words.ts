// Each problem the audit found, in words that say what is wrong and what the profile wants:
// "720p, the profile wants 1080p", "Portrait 1080×1920", "No audio track".
import type { AuditProblem, AuditRow } from '../../../src-preload/contract';
import { languageName, primaryLanguage } from '../../../src-preload/contract/language-names';
import { auditLoudnessBand } from '../../../src-preload/contract/values';

// Codec names as people read them; ffprobe's and the profile's spellings both appear here.
const codecNames: Readonly<Record<string, string>> = {
  h264: 'H.264',
  hevc: 'H.265',
  h265: 'H.265',
  vp9: 'VP9',
  vp8: 'VP8',
  av1: 'AV1',
  mpeg4: 'MPEG-4',
  aac: 'AAC',
  opus: 'Opus',
  mp3: 'MP3',
  vorbis: 'Vorbis',
  ac3: 'AC-3',
  eac3: 'E-AC-3',
  flac: 'FLAC',
};

const codecName = (codec: string | null): string =>
  codec === null ? 'unknown' : (codecNames[codec] ?? codec);
const languageWords = (code: string): string => languageName(code) ?? code;

function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The file's language the profile does not want: its audio track's, else the one it was filed as. */
function unwantedLanguage(row: AuditRow): string | null {
  const wanted = new Set(row.wantedLanguages.map((code) => primaryLanguage(code) ?? code));
  const known = [row.audioLanguage, row.language].filter((code): code is string => code !== null);
  return known.find((code) => !wanted.has(primaryLanguage(code) ?? code)) ?? known[0] ?? null;
}

const lufs = (value: number | null): string => (value === null ? 'unmeasured' : value.toFixed(1));

/** "target -23" when the profile has one, else the band the audit holds every file to. */
function loudnessWanted(row: AuditRow, quiet: boolean): string {
  if (row.wantedLoudness !== null) return `target ${row.wantedLoudness}`;
  return quiet ? `below ${auditLoudnessBand.quietBelow}` : `above ${auditLoudnessBand.loudAbove}`;
}

export function describeProblem(problem: AuditProblem, row: AuditRow): string {
  switch (problem) {
    case 'missing-file':
      return 'The file is no longer on disk';
    case 'broken':
      return row.brokenReason ? `Broken: ${row.brokenReason}` : 'Broken';
    case 'low-resolution':
      return `${row.resolution ?? 'Unknown resolution'}, the profile wants ${row.wantedResolution}p`;
    case 'portrait':
      return `Portrait ${row.width ?? '?'}×${row.height ?? '?'}`;
    case 'no-audio':
      return 'No audio track';
    case 'unwanted-video-codec':
      return `Video ${codecName(row.videoFormat)}, the profile wants ${codecName(row.wantedVideoCodec)}`;
    case 'unwanted-audio-codec':
      return `Audio ${codecName(row.audioFormat)}, the profile wants ${codecName(row.wantedAudioCodec)}`;
    case 'wrong-language': {
      const language = unwantedLanguage(row);
      const wanted = orList(row.wantedLanguages.map(languageWords));
      return `${language === null ? 'Unknown language' : languageWords(language)}, the profile wants ${wanted}`;
    }
    case 'letterboxed':
      return `Letterboxed: picture ${row.pictureWidth ?? '?'}×${row.pictureHeight ?? '?'} in a ${row.width ?? '?'}×${row.height ?? '?'} frame`;
    case 'too-quiet':
      return `Too quiet: ${lufs(row.loudness)} LUFS, ${loudnessWanted(row, true)}`;
    case 'too-loud':
      return `Too loud: ${lufs(row.loudness)} LUFS, ${loudnessWanted(row, false)}`;
  }
}

/** All of the row's problems, in the order of `auditProblems`. */
export function describeProblems(row: AuditRow): string[] {
  return row.problems.map((problem) => describeProblem(problem, row));
}
