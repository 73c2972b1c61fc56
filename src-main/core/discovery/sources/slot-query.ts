// The YouTube search for one slot: the profile's template, with its trailer words swapped for the
// slot's type in the slot's language ("offizieller Trailer Deutsch", "bande-annonce VF", "tráiler
// oficial español", "featurette", "behind the scenes"), the season in that language ("Staffel 2"),
// and the title as it is called in that language when TMDB knows it (else the original title,
// which the language's words then steer). The title's own trailer with no languages set searches
// exactly as the profile's template says, as before.
import type { TrailerProfile } from '../../../../src-preload/contract/profiles';
import type { VideoSlot, VideoType } from '../../../../src-preload/contract/video-kinds';
import type { TitleToSearch } from '../discovery-store';
import { iso6391, languageName } from './language-names';
import { renderSearchQuery } from './youtube-search';

interface Vocabulary {
  /** What a video of each type is called in titles, in this language (with its language word). */
  types: Record<VideoType, string>;
  season: string;
}

const english: Vocabulary = {
  types: {
    trailer: 'official trailer',
    teaser: 'official teaser',
    featurette: 'featurette',
    behindthescenes: 'behind the scenes',
    clip: 'clip',
    interview: 'interview',
    deleted: 'deleted scene',
    short: 'short film',
    other: 'extra',
  },
  season: 'season',
};

// The words YouTube uploads in these languages use; the language's own word ("deutsch", "VF",
// "español") is part of the phrase, since a localised upload says it.
const vocabularies: Record<string, Vocabulary> = {
  en: english,
  de: {
    types: {
      trailer: 'offizieller trailer deutsch',
      teaser: 'teaser deutsch',
      featurette: 'featurette deutsch',
      behindthescenes: 'hinter den kulissen',
      clip: 'clip deutsch',
      interview: 'interview deutsch',
      deleted: 'entfallene szene deutsch',
      short: 'kurzfilm',
      other: 'extra deutsch',
    },
    season: 'staffel',
  },
  fr: {
    types: {
      trailer: 'bande-annonce vf',
      teaser: 'teaser vf',
      featurette: 'featurette vf',
      behindthescenes: 'dans les coulisses',
      clip: 'extrait vf',
      interview: 'interview vf',
      deleted: 'scène coupée vf',
      short: 'court métrage',
      other: 'bonus vf',
    },
    season: 'saison',
  },
  es: {
    types: {
      trailer: 'tráiler oficial español',
      teaser: 'teaser español',
      featurette: 'featurette español',
      behindthescenes: 'detrás de cámaras',
      clip: 'clip español',
      interview: 'entrevista',
      deleted: 'escena eliminada',
      short: 'cortometraje',
      other: 'extra español',
    },
    season: 'temporada',
  },
  it: {
    types: {
      trailer: 'trailer ufficiale italiano',
      teaser: 'teaser italiano',
      featurette: 'featurette italiano',
      behindthescenes: 'dietro le quinte',
      clip: 'clip italiano',
      interview: 'intervista',
      deleted: 'scena eliminata',
      short: 'cortometraggio',
      other: 'extra italiano',
    },
    season: 'stagione',
  },
  pt: {
    types: {
      trailer: 'trailer oficial dublado',
      teaser: 'teaser dublado',
      featurette: 'featurette dublado',
      behindthescenes: 'bastidores',
      clip: 'cena dublado',
      interview: 'entrevista',
      deleted: 'cena deletada',
      short: 'curta metragem',
      other: 'extra dublado',
    },
    season: 'temporada',
  },
};

/** The vocabulary of a language; another language gets the English words and its English name. */
function vocabularyOf(language: string | null): Vocabulary {
  const code = iso6391(language);
  const own = code ? vocabularies[code] : undefined;
  if (own || code === null) return own ?? english;
  const name = languageName(code).toLowerCase();
  const types = Object.fromEntries(
    Object.entries(english.types).map(([type, words]) => [type, `${words} ${name}`]),
  ) as Record<VideoType, string>;
  return { types, season: english.season };
}

// The template's own words for "trailer" ("official trailer", "trailer"): the slot's words replace them.
const trailerWords = /\b(?:official\s+)?trailer\b/i;

/** One slot's query in one language (null: the profile's, or none). */
export function slotSearchQuery(
  template: string,
  title: Pick<TitleToSearch, 'title' | 'year' | 'kind'>,
  slot: VideoSlot,
  language: string | null,
  localTitle: string | null,
): string {
  const values = { title: localTitle ?? title.title, year: title.year, language, type: title.kind };
  const plain =
    slot.type === 'trailer' && slot.season === null && (language === null || iso6391(language) === 'en');
  if (plain) return renderSearchQuery(template, values);
  const vocabulary = vocabularyOf(language);
  const season = slot.season === null ? '' : ` ${vocabulary.season} ${slot.season}`;
  const words = `${vocabulary.types[slot.type]}${season}`;
  // {language} would say the language's name once more, after the words that already say it.
  const own = template.replace(/\{language\}/gi, iso6391(language) === null ? '{language}' : '');
  const swapped = trailerWords.test(own) ? own.replace(trailerWords, words) : `${own} ${words}`;
  return renderSearchQuery(swapped, values);
}

/**
 * The searches for a slot, in order: its language's, or each of the profile's languages in turn
 * (the first and its first fallback) when the slot takes the first of a list; the caller stops at
 * the first that finds a good video.
 */
export function slotSearchQueries(
  profile: Pick<TrailerProfile, 'searchTemplate' | 'languages' | 'audioLanguage'>,
  title: Pick<TitleToSearch, 'title' | 'year' | 'kind'>,
  slot: VideoSlot,
  localTitles: ReadonlyMap<string, string>,
): string[] {
  const titleTrailer = slot.type === 'trailer' && slot.season === null && slot.language === null;
  // A profile without a language list searches its template as it always did ({language} its audio).
  if (titleTrailer && profile.languages.length === 0) {
    return [
      renderSearchQuery(profile.searchTemplate, {
        ...title,
        language: profile.audioLanguage,
        type: title.kind,
      }),
    ];
  }
  const languages =
    slot.language !== null
      ? [slot.language]
      : profile.languages.length > 0
        ? profile.languages.slice(0, 2)
        : [profile.audioLanguage];
  const queries = languages.map((language) => {
    const code = iso6391(language);
    return slotSearchQuery(
      profile.searchTemplate,
      title,
      slot,
      language,
      code ? (localTitles.get(code) ?? null) : null,
    );
  });
  return [...new Set(queries)];
}
