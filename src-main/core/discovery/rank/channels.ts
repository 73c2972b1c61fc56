// What the ranking knows about YouTube channels: studios and distributors (their trailers are the
// real ones), channels that re-upload trailers faithfully, and channels known for fan-made ones.
import { type FlatCandidate } from './types';
import { normaliseTitle } from './normalise-title';

const names = (text: string) =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);

// Studio, distributor and network names as normaliseTitle writes them. A channel is official when
// its name is one of these, optionally followed by region or studio words ("Warner Bros. UK & Ireland",
// "Universal Pictures Germany", "Sony Pictures Deutschland").
const OFFICIAL = new Set(
  names(`
    warner bros, warner bros pictures, warner bros entertainment, new line cinema, hbo, hbo max, max,
    universal pictures, focus features, illumination, dreamworks, dreamworks animation, peacock, nbc,
    sony pictures, sony pictures entertainment, sony pictures classics, columbia pictures, crunchyroll,
    paramount pictures, paramount movies, paramount, paramount plus, nickelodeon movies,
    20th century studios, 20th century fox, searchlight pictures, fox searchlight, disney, walt disney studios,
    disney movie trailers, disney plus, pixar, marvel entertainment, marvel studios, lucasfilm, star wars,
    netflix, a24, lionsgate, lionsgate movies, amazon mgm studios, amazon studios, prime video, mgm, apple tv, neon,
    studiocanal, pathe, gaumont, constantin film, leonine, leonine studios, toho, legendary, blumhouse, mubi,
    magnolia pictures, ifc films, criterion collection, janus films, bleecker street, entertainment one, eone,
    amc, bbc, bbc one, bbc two, itv, channel 4, cbs, abc, fx, fx networks, showtime, starz, hulu, cw, sky, arte,
    zdf, ard, canal, canal plus, wild bunch, le pacte, ugc distribution, x verleih, arrow video, kino lorber,
    shout factory, synapse films
  `),
);
// Region and studio words a distributor's regional channel adds to its name; some tell its language.
const REGION_LANGUAGE: Record<string, string> = {
  de: 'de',
  deutschland: 'de',
  germany: 'de',
  german: 'de',
  osterreich: 'de',
  austria: 'de',
  schweiz: 'de',
  france: 'fr',
  fr: 'fr',
  espana: 'es',
  spain: 'es',
  es: 'es',
  latam: 'es',
  latino: 'es',
  latinoamerica: 'es',
  mexico: 'es',
  italia: 'it',
  italy: 'it',
  brasil: 'pt',
  brazil: 'pt',
  japan: 'ja',
  jp: 'ja',
  korea: 'ko',
};
const SUFFIX_WORDS = new Set([
  ...Object.keys(REGION_LANGUAGE),
  // "Netflix Deutschland, Österreich und Schweiz": regions joined in the channel's own language.
  'und',
  'et',
  ...`uk and ireland us usa international intl india australia au canada ca nl nederland benelux nordic official
    movies movie films film pictures studios entertainment trailers home tv channel networks network`.split(
    /\s+/,
  ),
]);

// Channels that re-upload studio trailers faithfully: second best after the studio itself.
const TRAILER_CHANNELS = new Set(
  names(`
    movieclips trailers, movieclips classic trailers, movieclips coming soon, rotten tomatoes trailers,
    rotten tomatoes classic trailers, fandango movieclips, kinocheck, kinocheck international, kinocheck com,
    filmselect trailer, ign, joblo movie trailers, filmsactu, allocine, sensacine trailers, moviepilot trailer,
    filmstarts
  `),
);
// The language the trailer channels above publish in, and distributors that publish in one language.
const CHANNEL_LANGUAGE: Record<string, string> = {
  kinocheck: 'de',
  'moviepilot trailer': 'de',
  filmstarts: 'de',
  'constantin film': 'de',
  leonine: 'de',
  'leonine studios': 'de',
  'x verleih': 'de',
  filmsactu: 'fr',
  allocine: 'fr',
  gaumont: 'fr',
  pathe: 'fr',
  'ugc distribution': 'fr',
  'le pacte': 'fr',
  'sensacine trailers': 'es',
  toho: 'ja',
};
// Channels that publish fan-made "concept" trailers, often before a film is even shot.
const FAN_TRAILER_CHANNELS = new Set(names('screen culture, kh studio, teaser pro, smasher'));

export interface ChannelFacts {
  name: string | null;
  official: boolean;
  trailerChannel: boolean;
  fanChannel: boolean;
  allowed: boolean;
  /** Language the channel publishes in, when its name tells. */
  language: string | null;
}

function channelName(candidate: FlatCandidate): string | null {
  return candidate.channel?.trim() || candidate.uploader?.trim() || null;
}

function officialBase(words: string[]): { base: string; suffix: string[] } | null {
  for (let cut = words.length; cut > 0; cut--) {
    const base = words.slice(0, cut).join(' ');
    const suffix = words.slice(cut);
    if (OFFICIAL.has(base) && suffix.every((word) => SUFFIX_WORDS.has(word))) return { base, suffix };
  }
  return null;
}

function isAllowed(candidate: FlatCandidate, allowList: string[]): boolean {
  const names = [candidate.channel, candidate.uploader].filter((n): n is string => !!n).map(normaliseTitle);
  const ids = [candidate.channel_id, candidate.uploader_id]
    .filter((n): n is string => !!n)
    .map((n) => n.toLowerCase().replace(/^@/, ''));
  return allowList.some((entry) => {
    const trimmed = entry.trim();
    if (!trimmed) return false;
    return ids.includes(trimmed.toLowerCase().replace(/^@/, '')) || names.includes(normaliseTitle(trimmed));
  });
}

export function channelFacts(candidate: FlatCandidate, allowList: string[]): ChannelFacts {
  const name = channelName(candidate);
  // normaliseTitle drops a leading article: "The Criterion Collection" is "criterion collection".
  const words = name ? normaliseTitle(name).split(' ') : [];
  const key = words.join(' ');
  const official = officialBase(words);
  const regionLanguage = official?.suffix
    .map((word) => REGION_LANGUAGE[word])
    .find((lang) => lang !== undefined);
  return {
    name,
    official: official !== null,
    trailerChannel: TRAILER_CHANNELS.has(key),
    fanChannel: FAN_TRAILER_CHANNELS.has(key),
    allowed: isAllowed(candidate, allowList),
    language:
      regionLanguage ??
      CHANNEL_LANGUAGE[key] ??
      (official ? (CHANNEL_LANGUAGE[official.base] ?? null) : null),
  };
}
