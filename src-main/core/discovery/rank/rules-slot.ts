// Is it the video asked for: the type (a teaser is not a trailer, a featurette is neither) and,
// for a season's slot, that season. The title's own trailer keeps the trailer rules of
// rules-content.ts (wordingReasons) and rules-identity.ts (seasonReasons) unchanged.
import { videoTypeLabels, type VideoType } from '../../../../src-preload/contract/video-kinds';
import { type Analysis } from './analyse';
import { type RankContext, type ScoreReason } from './types';
import { tmdbVideoType } from './type-words';

export const SLOT_POINTS = {
  called: 15,
  calledOfficial: 20,
  tmdbType: 20,
  tmdbOfficial: 15,
  otherType: -30,
  trailerNotExtra: -25,
  trailerNotTeaser: -20,
  notCalled: -10,
  season: 15,
  tmdbSeason: 25,
  otherSeason: -45,
  finalSeason: -15,
  noSeason: -15,
};

const label = (type: VideoType) => videoTypeLabels[type].toLowerCase();
const article = (type: VideoType) => (/^[aeiou]/i.test(label(type)) ? 'an' : 'a');
const named = (type: VideoType) => `${article(type)} ${label(type)}`;

/** The types the video's own words name: trailer and teaser from the wording, extras from type-words. */
function typesNamed(analysis: Analysis): { type: VideoType; quote: string | null }[] {
  const found: { type: VideoType; quote: string | null }[] = [...analysis.extraTypes].map(
    ([type, quote]) => ({ type, quote }),
  );
  if (analysis.wording.teaser) found.push({ type: 'teaser', quote: null });
  else if (analysis.wording.trailer) found.push({ type: 'trailer', quote: null });
  return found;
}

/** Reasons for "is this the type asked for", when the slot asks for something else than a trailer. */
export function typeReasons(analysis: Analysis, wanted: VideoType): ScoreReason[] {
  const tmdb = analysis.candidate.tmdb;
  if (tmdb) {
    const type = tmdbVideoType(tmdb.type);
    if (type !== wanted) {
      return [
        {
          label: `${capital(named(type))}, not ${named(wanted)}, according to TMDB`,
          points: SLOT_POINTS.otherType,
        },
      ];
    }
    const reasons = [{ label: `${capital(named(type))}, according to TMDB`, points: SLOT_POINTS.tmdbType }];
    if (tmdb.official) reasons.push({ label: 'Marked official on TMDB', points: SLOT_POINTS.tmdbOfficial });
    return reasons;
  }
  const types = typesNamed(analysis);
  const own = types.find((found) => found.type === wanted);
  if (own) {
    const official = analysis.wording.official;
    const quote = own.quote ? ` (“${own.quote}”)` : '';
    return [
      {
        label: `Called ${official ? 'an official ' + label(wanted) : named(wanted)}${quote}`,
        points: official ? SLOT_POINTS.calledOfficial : SLOT_POINTS.called,
      },
    ];
  }
  const other = types[0];
  if (other) {
    const points =
      other.type === 'trailer'
        ? wanted === 'teaser'
          ? SLOT_POINTS.trailerNotTeaser
          : SLOT_POINTS.trailerNotExtra
        : other.type === 'teaser' && wanted !== 'teaser'
          ? SLOT_POINTS.trailerNotExtra
          : SLOT_POINTS.otherType;
    const quote = other.quote ? ` (“${other.quote}”)` : '';
    return [{ label: `Called ${named(other.type)}${quote}, not ${named(wanted)}`, points }];
  }
  return [{ label: `Not called ${named(wanted)}`, points: SLOT_POINTS.notCalled }];
}

/** Reasons for "is this the asked season's video", for a season's slot of a series. */
export function seasonSlotReasons(analysis: Analysis, season: number): ScoreReason[] {
  const fromTmdb = analysis.candidate.tmdb?.season;
  if (fromTmdb !== undefined && fromTmdb !== null) {
    return fromTmdb === season
      ? [{ label: `Season ${season}'s video, according to TMDB`, points: SLOT_POINTS.tmdbSeason }]
      : [
          {
            label: `Season ${fromTmdb}'s video on TMDB, not season ${season}'s`,
            points: SLOT_POINTS.otherSeason,
          },
        ];
  }
  const said = analysis.season;
  const quote = analysis.seasonText ?? '';
  if (said === season) return [{ label: `Season ${season} (“${quote}”)`, points: SLOT_POINTS.season }];
  if (said === 'final') {
    return [
      { label: `The final season (“${quote}”): maybe not season ${season}`, points: SLOT_POINTS.finalSeason },
    ];
  }
  if (said !== null) {
    return [{ label: `Season ${said} (“${quote}”), not season ${season}`, points: SLOT_POINTS.otherSeason }];
  }
  // A first season's trailer is often the series' first trailer, named without a season.
  if (season === 1) return [];
  return [
    {
      label: `Names no season: the series' own trailer, not season ${season}'s`,
      points: SLOT_POINTS.noSeason,
    },
  ];
}

/** The type the context asks for; the title's trailer when it asks for none. */
export function wantedType(context: RankContext): VideoType {
  return context.videoType ?? 'trailer';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
