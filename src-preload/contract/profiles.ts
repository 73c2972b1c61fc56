import { z } from 'zod';
import { processingSchema } from './processing';
import { languageCodePattern } from './values';
import { maxPerType, maxVideosPerTitleLimit, videoTypes } from './video-kinds';

// Trailer profiles: how a trailer is chosen, muxed and named. The shapes are checked here;
// combinations (a container that cannot carry a codec, a template that escapes the title's
// folder) are checked in main, where an update is merged with the stored profile first.

export const maxResolutions = ['360', '480', '720', '1080', '1440', '2160', 'best'] as const;
export const videoCodecs = ['any', 'h264', 'h265', 'vp9', 'av1'] as const;
export const audioCodecs = ['any', 'aac', 'opus', 'mp3', 'vorbis'] as const;
export const containers = ['mkv', 'mp4', 'webm'] as const;
export const placements = ['next-to-media', 'trailers-folder', 'custom'] as const;

export type MaxResolution = (typeof maxResolutions)[number];
export type VideoCodec = (typeof videoCodecs)[number];
export type AudioCodec = (typeof audioCodecs)[number];
export type Container = (typeof containers)[number];
export type Placement = (typeof placements)[number];

// ISO 639-1/639-2 codes, optionally with a region or script as YouTube uses them (pt-BR, zh-Hans).
const languageCode = z
  .string()
  .regex(languageCodePattern, 'Use a language code such as "en", "deu" or "pt-BR"');
const seconds = z
  .number()
  .int('Durations are whole seconds')
  .min(0, 'Durations cannot be negative')
  .max(24 * 3600, 'Durations are at most 24 hours')
  .nullable();

/** How many of each type a profile fetches per title; a type left out is not fetched. */
export const wantedVideosSchema = z
  .partialRecord(
    z.enum(videoTypes),
    z.number().int().min(0).max(maxPerType, `At most ${maxPerType} of one type`),
  )
  .refine((wanted) => Object.values(wanted).some((count) => (count ?? 0) > 0), {
    message: 'A profile wants at least one video (a trailer, a teaser or an extra)',
  });

/** The fields a person edits; everything but id, default flag and timestamps. */
export const profileFieldsSchema = z.strictObject({
  name: z.string().trim().min(1, 'A profile needs a name').max(80, 'A profile name is at most 80 characters'),
  enabled: z.boolean(),
  maxResolution: z.enum(maxResolutions),
  videoCodec: z.enum(videoCodecs),
  audioCodec: z.enum(audioCodecs),
  container: z.enum(containers),
  /** Preferred audio track language; null takes the source's default track. */
  audioLanguage: languageCode.nullable(),
  subtitlesEnabled: z.boolean(),
  subtitleLanguages: z.array(languageCode).max(20, 'At most 20 subtitle languages'),
  includeAutoSubtitles: z.boolean(),
  placement: z.enum(placements),
  /** Used when placement is 'custom': a path relative to the title's folder, without extension. */
  customTemplate: z.string().max(255, 'A file name template is at most 255 characters').nullable(),
  /** Null: no lower bound. */
  minDurationSeconds: seconds,
  /** Null: no upper bound. */
  maxDurationSeconds: seconds,
  embedMetadata: z.boolean(),
  /** The YouTube search for this profile; tokens {title} {year} {language} {type}. */
  searchTemplate: z
    .string()
    .trim()
    .min(1, 'A search needs some words, for example "{title} {year} official trailer"')
    .max(200, 'A search template is at most 200 characters'),
  /** Words that make a video a poor candidate (reaction, review…): each costs points. */
  excludeWords: z
    .array(z.string().trim().min(1).max(40, 'An excluded word is at most 40 characters'))
    .max(50, 'At most 50 excluded words'),
  /** Channels (names or ids) whose videos get a bonus: studios or distributors you trust. */
  channelAllowList: z
    .array(z.string().trim().min(1).max(100, 'A channel name is at most 100 characters'))
    .max(50, 'At most 50 channels'),
  /** The best candidate is queued unattended only at or above this score (0–100). */
  minScore: z.number().int().min(0, 'The score is 0 to 100').max(100, 'The score is 0 to 100'),
  /** A trailer found on disk counts as this profile's trailer: the title is not downloaded again. */
  acceptDetectedTrailers: z.boolean(),
  /**
   * Unattended runs skip a title whose Plex item already shows a trailer among its extras (Plex's
   * own), for people who do not want a local copy then. Needs an enabled Plex connection.
   */
  skipWhenPlexHasTrailer: z.boolean(),
  /** How many of each video type per title (default one trailer). */
  wantedVideos: wantedVideosSchema,
  /** A cap on all videos per title, across types, seasons and languages. */
  maxVideosPerTitle: z
    .number()
    .int()
    .min(1, 'A title gets at least one video')
    .max(maxVideosPerTitleLimit, `At most ${maxVideosPerTitleLimit} videos per title`),
  /** Series: a trailer for each season on disk too, filed in the season's folder. */
  seasonTrailers: z.boolean(),
  /** Languages in the order wanted (German, then English); empty: any language. */
  languages: z.array(languageCode).max(5, 'At most 5 languages'),
  /** One video per listed language, instead of the first language found. */
  onePerLanguage: z.boolean(),
  /** A dubbed video beats one subtitled in the wanted language. */
  preferDubbed: z.boolean(),
  /** Conversion, loudness and trimming between the download and filing (contract/processing.ts). */
  processing: processingSchema,
});

export type ProfileFields = z.output<typeof profileFieldsSchema>;

export interface TrailerProfile extends ProfileFields {
  id: number;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Tokens a custom file name template may use; the extension is always added by Trailerdeck. */
export const templateTokens = [
  'title',
  'year',
  'resolution',
  'vcodec',
  'acodec',
  'youtube_id',
  'profile',
  /** The video's type as servers read it: trailer, featurette, behindthescenes, scene… */
  'type',
  /** The season, two digits ("01"); empty for the whole title's videos. */
  'season',
  /** The wanted language's code ("de"); empty when any language will do. */
  'language',
] as const;
export type TemplateToken = (typeof templateTokens)[number];

export { defaultExcludeWords, defaultSearchTemplate, searchTokens } from './values';
