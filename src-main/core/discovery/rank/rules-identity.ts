// Is it this title? Title words, the year (how remakes with the same name are told apart) and,
// for series, the season.
import { type Analysis } from './analyse';
import { type RankContext, type ScoreReason } from './types';

export const POINTS = {
  titleExact: 35,
  titleLoose: 25,
  titlePartial: 10,
  titleOther: -15,
  titleNone: -20,
  listedOnTmdb: 35,
  yearMatch: 12,
  yearOneOff: -5,
  yearOther: -30,
  seriesLaterYear: -10,
  // More than an undated video can otherwise score above the minimum (35 title + 20 official
  // trailer + 25 channel + 15 language + 5 length = 100, minus 55 = 45): without evidence that it
  // is this year's film, a same-named film's trailer goes to Review instead of being queued.
  noYearNewerNamesake: -55,
  /** The description or the upload date tells it is this year's film after all. */
  yearEvidence: 5,
  seasonForMovie: -20,
  firstSeason: 3,
  // A series' trailer introduces it; a later season's assumes you have seen the others (and spoils them).
  laterSeason: -10,
};

export function titleReasons(analysis: Analysis): ScoreReason[] {
  if (analysis.fromTmdb) return [{ label: 'Listed on TMDB for this title', points: POINTS.listedOnTmdb }];
  const verdict = analysis.title;
  switch (verdict.kind) {
    case 'exact':
      return [
        {
          label: verdict.variant.alternative
            ? `Title matches (as “${verdict.variant.text}”)`
            : 'Title matches',
          points: POINTS.titleExact,
        },
      ];
    case 'loose':
      return [{ label: 'Title matches, with other words in between', points: POINTS.titleLoose }];
    case 'sequel':
      return [
        { label: `Looks like a sequel or another part: “${verdict.quote}”`, points: POINTS.titleOther },
      ];
    case 'other':
      return [{ label: `Looks like another title: “${verdict.quote}”`, points: POINTS.titleOther }];
    case 'partial':
      return [{ label: 'Title only partly matches', points: POINTS.titlePartial }];
    case 'none':
      return [{ label: "Title doesn't match", points: POINTS.titleNone }];
  }
}

/**
 * The nearest later year for which a video with exactly this title exists in the list: a
 * remake. A video that gives no year is then more likely the remake's (studio channels upload
 * the current film's trailers without a year: "Dune | Official Main Trailer").
 */
export function newerNamesakeYear(
  analyses: Analysis[],
  context: RankContext,
  currentYear: number,
): number | null {
  if (context.kind !== 'movie' || context.year === null) return null;
  const year = context.year;
  // A video naming our year too is about our film ("Star Wars (1977) - 1997 Special Edition"),
  // unless it compares two ("Dune 1984 vs Dune 2021").
  const later = analyses
    .filter((a) => a.title.kind === 'exact' && !a.fromTmdb)
    .filter((a) => !a.years.includes(year) || a.tokens.some((t) => t.norm === 'vs' || t.norm === 'versus'))
    .flatMap((a) => a.years)
    // A film's year is not far in the future: "2036" of "2036: Nexus Dawn" is a story's year.
    .filter((y) => y >= year + 2 && y <= currentYear + 2);
  return later.length > 0 ? Math.min(...later) : null;
}

export function yearReasons(
  analysis: Analysis,
  context: RankContext,
  newerNamesake: number | null,
): ScoreReason[] {
  const wanted = context.year;
  if (wanted === null || analysis.fromTmdb) return [];
  if (analysis.years.length === 0) {
    if (!namesakeInQuestion(analysis, context, newerNamesake)) return [];
    return [
      namesakeEvidence(analysis, wanted, newerNamesake) ?? {
        label: `Gives no year, and there is a ${newerNamesake} film with the same name: it may be that film's trailer`,
        points: POINTS.noYearNewerNamesake,
      },
    ];
  }
  if (analysis.years.includes(wanted)) return [{ label: `Year ${wanted} matches`, points: POINTS.yearMatch }];
  const year = analysis.years.reduce((a, b) => (Math.abs(b - wanted) < Math.abs(a - wanted) ? b : a));
  const gap = Math.abs(year - wanted);
  if (context.kind === 'series') return seriesYearReasons(analysis, year, wanted);
  if (gap === 1) {
    return [
      {
        label: `Says ${year}, a year off (trailers often come out the year before)`,
        points: POINTS.yearOneOff,
      },
    ];
  }
  return [{ label: `Says ${year}, not ${wanted}: probably another film`, points: POINTS.yearOther }];
}

/**
 * The title gives no year and a same-named film came out later: which one is it? Only positive
 * evidence lets it count as ours: the description naming our year (and not the other film's), or an
 * upload around our film's release and well before the other one's. A TMDB video of this title's
 * TMDB id never gets here: it is this title's by construction.
 */
function namesakeEvidence(analysis: Analysis, wanted: number, newer: number): ScoreReason | null {
  const described = analysis.descriptionYears;
  if (described.includes(wanted) && !described.includes(newer)) {
    return {
      label: `Gives no year in its title, but its description says ${wanted}`,
      points: POINTS.yearEvidence,
    };
  }
  const uploaded = analysis.uploadYear;
  if (uploaded !== null && Math.abs(uploaded - wanted) <= 1 && uploaded < newer - 1) {
    return {
      label: `Gives no year in its title, but was uploaded in ${uploaded}, when the ${wanted} film came out`,
      points: POINTS.yearEvidence,
    };
  }
  return null;
}

/** An undated video of this title's name while a later film shares the name: whose trailer is it? */
function namesakeInQuestion(
  analysis: Analysis,
  context: RankContext,
  newerNamesake: number | null,
): newerNamesake is number {
  const identified = analysis.title.kind === 'exact' || analysis.title.kind === 'loose';
  return (
    context.year !== null &&
    !analysis.fromTmdb &&
    analysis.years.length === 0 &&
    identified &&
    newerNamesake !== null
  );
}

/**
 * Without evidence, such a video may be the other film's trailer: whatever its score and the
 * profile's minimum, only the person may pick it (it goes to Review).
 */
export function unprovenNamesake(
  analysis: Analysis,
  context: RankContext,
  newerNamesake: number | null,
): boolean {
  return (
    namesakeInQuestion(analysis, context, newerNamesake) &&
    namesakeEvidence(analysis, context.year as number, newerNamesake) === null
  );
}

// A series' year is its first season's: later years are fine for later seasons.
function seriesYearReasons(analysis: Analysis, year: number, wanted: number): ScoreReason[] {
  if (year < wanted) {
    return [
      {
        label: `Says ${year}, before the series began (${wanted}): probably another show`,
        points: POINTS.yearOther,
      },
    ];
  }
  const season = analysis.season;
  if (season === 1) {
    return [
      {
        label: `Season 1 in ${year}, but the series began in ${wanted}: probably another show`,
        points: POINTS.yearOther,
      },
    ];
  }
  if (season !== null) return [];
  if (year - wanted === 1)
    return [{ label: `Says ${year}, a year after the series began`, points: POINTS.yearOneOff }];
  return [{ label: `Says ${year}; the series began in ${wanted}`, points: POINTS.seriesLaterYear }];
}

export function seasonReasons(analysis: Analysis, context: RankContext): ScoreReason[] {
  if (analysis.season === null || analysis.fromTmdb) return [];
  if (context.kind === 'movie') {
    return [{ label: `Mentions “${analysis.seasonText}”: probably a series`, points: POINTS.seasonForMovie }];
  }
  const { trailer, teaser } = analysis.wording;
  if (analysis.season === 1 && (trailer || teaser)) {
    return [{ label: 'Trailer of the first season', points: POINTS.firstSeason }];
  }
  if (analysis.season !== 1) {
    return [
      {
        label: `A later season (“${analysis.seasonText}”): the series' own or first-season trailer comes first`,
        points: POINTS.laterSeason,
      },
    ];
  }
  return [];
}
