// The ranking for a slot other than the title's trailer: the type asked for (a teaser is not a
// trailer and vice versa; a featurette is neither), a season's trailer, and the language list
// with its fallback and the dubbed-or-subtitled wish. Table-driven on small hand-made lists.
import { describe, expect, it } from 'vitest';
import type { VideoType } from '../../../../src-preload/contract/video-kinds';
import { rankCandidates } from './rank-candidates';
import { movie, rankedOf, reason, series, titles, video } from './rank-test-kit';
import { tmdbVideoType } from './type-words';
import type { FlatCandidate } from './types';

const dune = (extra: Parameters<typeof movie>[2] = {}) => movie('Dune', 2021, extra);
const studio = (title: string, extra: Partial<FlatCandidate> = {}) =>
  video(title, { channel: 'Warner Bros. Pictures', ...extra });

// Every list holds one video of each kind; the slot's type must come first.
const oneOfEach = () => [
  studio('Dune | Official Main Trailer'),
  studio('Dune | Official Teaser Trailer'),
  studio('Dune | Official Featurette - A Look Inside', { duration: 240 }),
  studio('Dune | Behind the Scenes: Making of Arrakis', { duration: 420 }),
  studio('Dune (2021) - Clip: Gom Jabbar Scene', { duration: 180 }),
  studio('Dune | Timothée Chalamet Interview', { duration: 600 }),
  studio('Dune - Deleted Scene: The Emperor', { duration: 120 }),
  studio('Dune - Bloopers and Gag Reel', { duration: 200 }),
];

describe('ranking per type', () => {
  it.each<[VideoType, string]>([
    ['trailer', 'Dune | Official Main Trailer'],
    ['teaser', 'Dune | Official Teaser Trailer'],
    ['featurette', 'Dune | Official Featurette - A Look Inside'],
    ['behindthescenes', 'Dune | Behind the Scenes: Making of Arrakis'],
    ['clip', 'Dune (2021) - Clip: Gom Jabbar Scene'],
    ['interview', 'Dune | Timothée Chalamet Interview'],
    ['deleted', 'Dune - Deleted Scene: The Emperor'],
    ['other', 'Dune - Bloopers and Gag Reel'],
  ])('the %s slot picks “%s”', (type, expected) => {
    const ranking = rankCandidates(oneOfEach(), dune({ videoType: type }));
    expect(titles(ranking)[0]).toBe(expected);
  });

  it('says a trailer is not a teaser, and a teaser is not a featurette', () => {
    const teaserSlot = rankCandidates(oneOfEach(), dune({ videoType: 'teaser' }));
    expect(reason(rankedOf(teaserSlot, 'Dune | Official Main Trailer'), 'not a teaser').points).toBeLessThan(
      0,
    );
    const featuretteSlot = rankCandidates(oneOfEach(), dune({ videoType: 'featurette' }));
    expect(
      reason(rankedOf(featuretteSlot, 'Dune | Official Teaser Trailer'), 'not a featurette').points,
    ).toBeLessThan(0);
  });

  it('does not hold the profile’s exclude word “featurette” against a featurette slot', () => {
    const ranking = rankCandidates(oneOfEach(), dune({ videoType: 'featurette' }));
    const featurette = rankedOf(ranking, 'Dune | Official Featurette - A Look Inside');
    expect(featurette.reasons.some((r) => r.label.includes('Says “featurette”'))).toBe(false);
  });

  it('does not hold an exclude word naming another extra against an extra (a featurette’s “making of”)', () => {
    const ranking = rankCandidates(
      [studio('Dune (2021) Featurette - Making of', { duration: 240 })],
      dune({ videoType: 'featurette' }),
    );
    const [only] = ranking.ranked;
    expect(only!.reasons.some((r) => r.label.includes('making of'))).toBe(false);
    expect(only!.score).toBeGreaterThanOrEqual(50);
  });

  it.each<[string, VideoType]>([
    ['Offizielles Featurette (Deutsch)', 'featurette'],
    ['Hinter den Kulissen', 'behindthescenes'],
    ['Dans les coulisses du tournage', 'behindthescenes'],
    ['Detrás de cámaras', 'behindthescenes'],
    ['Extrait VF', 'clip'],
    ['Entrevista con el director', 'interview'],
    ['Scène coupée', 'deleted'],
  ])('reads “%s” as %s', (words, type) => {
    const list = [studio(`Dune - ${words}`), studio('Dune | Official Main Trailer')];
    expect(titles(rankCandidates(list, dune({ videoType: type })))[0]).toBe(`Dune - ${words}`);
  });

  it('keeps a plain profile’s trailer ranking: the trailer above the teaser', () => {
    expect(titles(rankCandidates(oneOfEach(), dune()))[0]).toBe('Dune | Official Main Trailer');
  });
});

describe('TMDB video types', () => {
  it.each<[string, VideoType]>([
    ['Trailer', 'trailer'],
    ['Teaser', 'teaser'],
    ['Featurette', 'featurette'],
    ['Behind the Scenes', 'behindthescenes'],
    ['Clip', 'clip'],
    ['Opening Credits', 'clip'],
    ['Bloopers', 'other'],
    ['Something New', 'other'],
  ])('%s is a %s', (tmdbType, type) => {
    expect(tmdbVideoType(tmdbType)).toBe(type);
  });

  it('ranks TMDB’s featurette first for a featurette slot, its trailer first for the trailer', () => {
    const tmdb = (name: string, type: string) =>
      video(name, { tmdb: { type, official: true, language: 'en' }, channel: null });
    const list = [tmdb('Official Trailer', 'Trailer'), tmdb('A Look Inside', 'Featurette')];
    expect(titles(rankCandidates(list, dune({ videoType: 'featurette' })))[0]).toBe('A Look Inside');
    expect(titles(rankCandidates(list, dune()))[0]).toBe('Official Trailer');
    const slot = rankCandidates(list, dune({ videoType: 'featurette' }));
    expect(
      reason(rankedOf(slot, 'Official Trailer'), 'not a featurette, according to TMDB').points,
    ).toBeLessThan(0);
  });
});

describe('ranking per season', () => {
  const show = (season: number | null) => series('Stranger Things', 2016, { season });
  const netflix = (title: string) => video(title, { channel: 'Netflix' });
  const list = () => [
    netflix('Stranger Things | Official Trailer | Netflix'),
    netflix('Stranger Things | Season 2 Official Trailer | Netflix'),
    netflix('Stranger Things 3 | Official Final Trailer | Netflix'),
    netflix('Stranger Things | Staffel 4 Offizieller Trailer | Netflix'),
  ];
  it.each<[number | null, string]>([
    [null, 'Stranger Things | Official Trailer | Netflix'],
    [1, 'Stranger Things | Official Trailer | Netflix'],
    [2, 'Stranger Things | Season 2 Official Trailer | Netflix'],
    [4, 'Stranger Things | Staffel 4 Offizieller Trailer | Netflix'],
  ])('season %s picks “%s”', (season, expected) => {
    expect(titles(rankCandidates(list(), show(season)))[0]).toBe(expected);
  });

  it('says another season is not the one asked for, and TMDB’s season list settles it', () => {
    const ranking = rankCandidates(list(), show(2));
    expect(
      reason(rankedOf(ranking, 'Stranger Things | Official Trailer | Netflix'), 'Names no season').points,
    ).toBeLessThan(0);
    const fromSeason = video('Official Trailer', {
      tmdb: { type: 'Trailer', official: true, language: 'en', season: 3 },
    });
    const other = video('Official Trailer 2', {
      tmdb: { type: 'Trailer', official: true, language: 'en', season: 2 },
    });
    expect(titles(rankCandidates([other, fromSeason], show(3)))[0]).toBe('Official Trailer');
  });
});

describe('ranking per language', () => {
  const german = studio('Dune | Offizieller Trailer | Deutsch');
  const english = studio('Dune | Official Main Trailer');
  const subtitled = studio('Dune | Trailer OmU');
  const french = studio('Dune | Bande-annonce VF');
  it.each<[string, string[], FlatCandidate[], string]>([
    ['German first, German exists', ['de', 'en'], [english, german, french], german.title],
    ['German first, only English and French', ['de', 'en'], [french, english], english.title],
    ['French first', ['fr', 'en'], [english, german, french], french.title],
    ['English only', ['en'], [german, english], english.title],
  ])('%s', (_name, languages, list, expected) => {
    expect(titles(rankCandidates(list, dune({ languages, language: languages[0] })))[0]).toBe(expected);
  });

  it('names the fallback language in its reason', () => {
    const englishMarked = studio('Dune | Official Trailer | English');
    const ranking = rankCandidates([englishMarked], dune({ languages: ['de', 'en'], language: 'de' }));
    expect(
      reason(rankedOf(ranking, englishMarked.title), "profile's second language").points,
    ).toBeGreaterThan(0);
  });

  it('prefers the dubbed trailer to the subtitled one, unless the profile takes subtitled ones', () => {
    const dubbed = studio('Dune | Trailer Deutsch');
    const context = dune({ languages: ['de'], language: 'de' });
    expect(titles(rankCandidates([subtitled, dubbed], context))[0]).toBe(dubbed.title);
    const taking = rankCandidates([subtitled], { ...context, preferDubbed: false });
    expect(reason(rankedOf(taking, subtitled.title), 'Subtitled in German').points).toBeGreaterThan(0);
  });

  it.each([
    ['Dune - Tráiler oficial doblado', 'es'],
    ['Dune | Trailer Legendado', 'pt'],
    ['Dune - Bande-annonce VOSTFR', 'fr'],
  ])('reads the language of “%s”', (title, language) => {
    const ranked = rankCandidates([studio(title)], dune({ languages: [language], language }));
    expect(ranked.ranked[0]!.reasons.some((r) => /German|Spanish|Portuguese|French/.test(r.label))).toBe(
      true,
    );
  });

  it('reads yt-dlp’s language field when the title says nothing', () => {
    const plain = studio('Dune | Trailer 2', { language: 'de' });
    const ranking = rankCandidates([plain], dune({ languages: ['de'], language: 'de' }));
    expect(reason(rankedOf(ranking, plain.title), 'according to YouTube').points).toBeGreaterThan(0);
  });
});

describe('the profile’s first language comes before the studio’s own channel', () => {
  // The studio's English upload carries every bonus a trailer can (its channel, the year, "official");
  // the first-language one only its language. Each row: the list, the profile's languages, the winner.
  const studioEnglish = studio('Dune | Official Main Trailer (2021)');
  const plainGerman = video('Dune Trailer Deutsch', { channel: 'Filmtrailer Kanal' });
  const frenchSubtitled = video('Dune - Bande-annonce VOSTFR', { channel: 'Cinéma Club' });
  const germanFanRecut = video('Dune Trailer Deutsch (Fan-Made Recut)', { channel: 'Trailer Schmiede' });
  // Official, from a studio's channel and in German: only its year says it is the other Dune.
  const germanOtherFilm = studio('Dune (1984) | Offizieller Trailer Deutsch', {
    channel: 'Warner Bros. DE',
  });
  const germanSequel = video('Dune: Part Two Trailer Deutsch', { channel: 'Filmtrailer Kanal' });
  const germanUnrelated = video('Arrival Trailer Deutsch', { channel: 'Filmtrailer Kanal' });
  const germanReview = video('Dune Kritik Deutsch', { channel: 'Filmtrailer Kanal', duration: 900 });
  it.each<[string, FlatCandidate[], Parameters<typeof dune>[0], string]>([
    [
      'a German trailer, German first',
      [studioEnglish, plainGerman],
      { languages: ['de', 'en'] },
      plainGerman.title,
    ],
    [
      'a French-subtitled one, French first, subtitles taken',
      [studioEnglish, frenchSubtitled],
      { languages: ['fr'], preferDubbed: false },
      frenchSubtitled.title,
    ],
    [
      'the studio’s, French first, subtitles not taken',
      [studioEnglish, frenchSubtitled],
      { languages: ['fr'] },
      studioEnglish.title,
    ],
    [
      'the studio’s, against a German fan re-cut',
      [studioEnglish, germanFanRecut],
      { languages: ['de'] },
      studioEnglish.title,
    ],
    [
      'the studio’s, against another film’s German trailer',
      [studioEnglish, germanOtherFilm],
      { languages: ['de'] },
      studioEnglish.title,
    ],
    [
      'the studio’s, against a sequel’s German trailer',
      [studioEnglish, germanSequel],
      { languages: ['de'] },
      studioEnglish.title,
    ],
    [
      'the studio’s, against an unrelated German trailer',
      [studioEnglish, germanUnrelated],
      { languages: ['de'] },
      studioEnglish.title,
    ],
    [
      'the studio’s, against a German review',
      [studioEnglish, germanReview],
      { languages: ['de'] },
      studioEnglish.title,
    ],
    ['the studio’s, for a profile with no languages', [studioEnglish, plainGerman], {}, studioEnglish.title],
  ])('picks %s', (_name, list, extra, expected) => {
    const context = dune({ ...extra, language: extra?.languages?.[0] ?? null });
    expect(titles(rankCandidates(list, context))[0]).toBe(expected);
  });

  it('scores the studio’s upload no higher than the German trailer it now follows, and says why', () => {
    const ranking = rankCandidates([studioEnglish, plainGerman], dune({ languages: ['de'], language: 'de' }));
    const [first, second] = ranking.ranked;
    expect(first!.candidate.title).toBe(plainGerman.title);
    expect(second!.score).toBeLessThanOrEqual(first!.score);
    expect(reason(second!, 'Not in German').points).toBeLessThan(0);
  });

  it('keeps two first-language trailers in score order, the studio’s German one first', () => {
    const studioGerman = studio('Dune | Offizieller Trailer Deutsch (2021)');
    const ranking = rankCandidates(
      [plainGerman, studioEnglish, studioGerman],
      dune({ languages: ['de', 'en'], language: 'de' }),
    );
    expect(titles(ranking)).toEqual([studioGerman.title, plainGerman.title, studioEnglish.title]);
  });
});
