// The rules that decide whether a video is about this title: title words, year, season.
import { describe, expect, it } from 'vitest';
import { rankCandidates, THRESHOLD, unattendedPick } from './rank-candidates';
import { movie, rankedOf, reason, series, titles, video } from './rank-test-kit';
import { type FlatCandidate } from './types';

describe('title match', () => {
  it('prefers the whole title; a sequel or spin-off starting with the same word loses points', () => {
    const ranking = rankCandidates(
      [video('Alien: Romulus | Official Trailer'), video('Alien (1979) Official Trailer')],
      movie('Alien', null),
    );
    expect(titles(ranking)[0]).toBe('Alien (1979) Official Trailer');
    const romulus = reason(rankedOf(ranking, 'Alien: Romulus | Official Trailer'), 'another title');
    expect(romulus.label).toBe('Looks like another title: “Alien: Romulus”');
    expect(romulus.points).toBeLessThan(0);
  });

  it('does not take "Aliens" for "Alien"', () => {
    const ranking = rankCandidates([video('Aliens (1986) Official Trailer')], movie('Alien', null));
    expect(reason(ranking.ranked[0]!, "Title doesn't match").points).toBeLessThan(0);
  });

  it('tells sequels apart by their number, written either way', () => {
    const context = movie('Toy Story 2', null);
    const ranking = rankCandidates(
      [
        video('Toy Story 4 | Official Trailer'),
        video('Toy Story II - Trailer'),
        video('Toy Story - Trailer'),
      ],
      context,
    );
    expect(titles(ranking)[0]).toBe('Toy Story II - Trailer');
    expect(reason(rankedOf(ranking, 'Toy Story 4 | Official Trailer'), 'sequel').label).toContain(
      '“Toy Story 4”',
    );
    const first = rankCandidates([video('Toy Story 2 | Trailer')], movie('Toy Story', null)).ranked[0]!;
    expect(reason(first, 'sequel').label).toBe('Looks like a sequel or another part: “Toy Story 2”');
  });

  it('sees a title inside a longer one ("Mufasa: The Lion King") as another title, but not a possessive', () => {
    const context = movie('The Lion King', null);
    const ranking = rankCandidates(
      [video('Mufasa: The Lion King | Official Trailer'), video("Disney's The Lion King | Official Trailer")],
      context,
    );
    expect(titles(ranking)[0]).toBe("Disney's The Lion King | Official Trailer");
    expect(reason(ranking.ranked[1]!, 'another title').label).toContain('Mufasa: The Lion King');
  });

  it('accepts what usually follows a title: trailer words, years, languages, a separator and anything', () => {
    const context = movie('Dune', null);
    for (const title of [
      'Dune | Official Main Trailer',
      'DUNE Trailer German Deutsch',
      'Dune - Timothée Chalamet',
    ]) {
      expect(
        reason(rankCandidates([video(title)], context).ranked[0]!, 'Title matches').points,
      ).toBeGreaterThan(0);
    }
  });

  it('matches the title by its other names, and says which', () => {
    const context = movie('Amélie', 2001, { alternativeTitles: ["Le Fabuleux Destin d'Amélie Poulain"] });
    const ranked = rankCandidates([video("Le Fabuleux Destin d'Amélie Poulain - Bande annonce")], context)
      .ranked[0]!;
    expect(reason(ranked, 'Title matches').label).toBe(
      "Title matches (as “Le Fabuleux Destin d'Amélie Poulain”)",
    );
  });

  it('matches across "&"/"and", accents, punctuation and roman numerals', () => {
    const cases: [string, string][] = [
      ['Fast & Furious', 'Fast and Furious (2009) Trailer'],
      ['Léon', 'LEON Bande Annonce'],
      ['Mission: Impossible – Dead Reckoning Part One', 'Mission Impossible Dead Reckoning Part 1 Trailer'],
      ['Rocky IV', 'Rocky 4 Official Trailer'],
    ];
    for (const [title, videoTitle] of cases) {
      const ranked = rankCandidates([video(videoTitle)], movie(title, null)).ranked[0]!;
      expect(ranked.reasons[0], `${title} / ${videoTitle}`).toEqual({ label: 'Title matches', points: 35 });
    }
  });

  it('gives less for extra words in between, and little for a partial match', () => {
    const context = movie('Mission: Impossible – Dead Reckoning Part One', null);
    const ranking = rankCandidates(
      [
        video('Mission: Impossible 7 – Dead Reckoning Part One | Trailer'),
        video('Mission Impossible Dead Reckoning Trailer'),
      ],
      context,
    );
    const loose = reason(ranking.ranked[0]!, 'other words in between');
    const partial = reason(ranking.ranked[1]!, 'partly');
    expect(loose.points).toBeGreaterThan(partial.points);
  });

  it('trusts TMDB to have tied its videos to the title, whatever their names say', () => {
    const tmdb = video('Official Trailer', { tmdb: { type: 'Trailer', official: true, language: 'en' } });
    const ranked = rankCandidates([tmdb], movie('Parasite', 2019)).ranked[0]!;
    expect(reason(ranked, 'Listed on TMDB').points).toBeGreaterThan(0);
  });
});

describe('year', () => {
  const dunes = () => [video('Dune (1984) Official Trailer'), video('Dune (2021) Official Trailer')];

  it('decides between remakes with the same name', () => {
    expect(titles(rankCandidates(dunes(), movie('Dune', 1984)))[0]).toBe('Dune (1984) Official Trailer');
    const ranking = rankCandidates(dunes(), movie('Dune', 2021));
    expect(titles(ranking)[0]).toBe('Dune (2021) Official Trailer');
    expect(reason(ranking.ranked[0]!, 'Year 2021 matches').points).toBeGreaterThan(0);
    const other = reason(ranking.ranked[1]!, 'Says 1984');
    expect(other.label).toBe('Says 1984, not 2021: probably another film');
    expect(other.points).toBeLessThanOrEqual(-30);
  });

  it('forgives a year off by one (trailers come out the year before) much more than another year', () => {
    const ranking = rankCandidates(
      [video('Dune - Official Trailer (2020)'), video('Dune - Official Trailer (2016)')],
      movie('Dune', 2021),
    );
    const oneOff = reason(ranking.ranked[0]!, 'a year off').points;
    const other = reason(ranking.ranked[1]!, 'probably another film').points;
    expect(oneOff).toBeGreaterThan(other);
    expect(oneOff).toBeLessThan(0);
  });

  it('does not read a number of the title as a year ("Blade Runner 2049")', () => {
    const ranked = rankCandidates(
      [video('Blade Runner 2049 - Official Trailer')],
      movie('Blade Runner 2049', 2017),
    );
    expect(ranked.ranked[0]!.reasons.some((r) => r.label.includes('2049'))).toBe(false);
    const older = rankCandidates(
      [video('Blade Runner 2049 - Official Trailer')],
      movie('Blade Runner', 1982),
    );
    expect(reason(older.ranked[0]!, 'Says 2049').points).toBeLessThan(0);
  });

  it('doubts a video without a year when the list shows a newer film with the same name', () => {
    const studio = video('Ghostbusters - Official Trailer', { channel: 'Sony Pictures Entertainment' });
    const newer = video('Ghostbusters Official Trailer #1 (2016)');
    const ranking = rankCandidates(
      [studio, newer, video('Ghostbusters (1984) Trailer')],
      movie('Ghostbusters', 1984),
    );
    expect(reason(rankedOf(ranking, studio.title), 'Gives no year').label).toBe(
      "Gives no year, and there is a 2016 film with the same name: it may be that film's trailer",
    );
    expect(titles(ranking)[0]).toBe('Ghostbusters (1984) Trailer');
    // Looking for the newer film, the same upload is presumed to be its trailer.
    const forNewer = rankCandidates(
      [studio, video('Ghostbusters (1984) Trailer')],
      movie('Ghostbusters', 2016),
    );
    expect(titles(forNewer)[0]).toBe(studio.title);
    expect(rankedOf(forNewer, studio.title).reasons.some((r) => r.label.includes('no year'))).toBe(false);
  });
});

describe('another year’s film with the same name', () => {
  // The best an undated upload can otherwise get: title, official trailer, studio channel, language, length.
  const studio = (extra: Partial<FlatCandidate> = {}) =>
    video('Halloween | Official Trailer | English', { channel: 'Universal Pictures', ...extra });
  const list = (candidate: FlatCandidate) => [
    candidate,
    video('Halloween (2018) - Official Trailer'),
    video('Halloween Kills - Official Trailer'),
  ];
  const halloween2007 = movie('Halloween', 2007, { language: 'en' });

  it("keeps a studio's undated upload below the minimum without evidence it is this year's film", () => {
    const candidate = studio();
    const ranked = rankedOf(rankCandidates(list(candidate), halloween2007), candidate.title);
    expect(ranked.score).toBeLessThan(THRESHOLD);
    expect(reason(ranked, 'Gives no year').label).toContain('there is a 2018 film with the same name');
  });

  it('goes to Review without evidence even under a minimum of 0; with evidence it may be queued', () => {
    const undated = studio();
    expect(unattendedPick(rankCandidates(list(undated), halloween2007).ranked, 0)?.candidate.title).not.toBe(
      undated.title,
    );
    const dated = studio({ upload_date: '20070612' });
    const ranking = rankCandidates([dated], halloween2007).ranked;
    expect(ranking[0]?.neverUnattended).toBe(false);
    const withNamesake = rankCandidates(list(dated), halloween2007).ranked;
    expect(unattendedPick(withNamesake, THRESHOLD)?.candidate.title).toBe(dated.title);
  });

  it('counts the description naming this year, not when it names the other film’s too', () => {
    const described = studio({ description: 'Rob Zombie’s Halloween (2007), in theaters August 31.' });
    const ranked = rankedOf(rankCandidates(list(described), halloween2007), described.title);
    expect(ranked.score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(reason(ranked, 'its description says 2007').points).toBeGreaterThan(0);
    const both = studio({ description: 'Halloween (2018), the sequel to Halloween (1978), not 2007.' });
    expect(rankedOf(rankCandidates(list(both), halloween2007), both.title).score).toBeLessThan(THRESHOLD);
  });

  it('counts an upload around the release, by upload date or timestamp, and not one near the other film', () => {
    for (const extra of [{ upload_date: '20070612' }, { timestamp: Date.UTC(2007, 5, 12) / 1000 }]) {
      const uploaded = studio(extra);
      const ranked = rankedOf(rankCandidates(list(uploaded), halloween2007), uploaded.title);
      expect(ranked.score).toBeGreaterThanOrEqual(THRESHOLD);
      expect(reason(ranked, 'uploaded in 2007, when the 2007 film came out').points).toBeGreaterThan(0);
    }
    const late = studio({ upload_date: '20180608' });
    expect(rankedOf(rankCandidates(list(late), halloween2007), late.title).score).toBeLessThan(THRESHOLD);
  });

  it("trusts TMDB's videos of this title: they are listed under its id", () => {
    const tmdb = studio({ tmdb: { type: 'Trailer', official: true, language: 'en' } });
    const ranked = rankedOf(rankCandidates(list(tmdb), halloween2007), tmdb.title);
    expect(ranked.score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(ranked.reasons.some((r) => r.label.includes('no year'))).toBe(false);
  });
});

describe('series', () => {
  it('accepts a later season’s year, and a first season from the series start year', () => {
    const ranking = rankCandidates(
      [video('Breaking Bad Season 2 Trailer (2009)'), video('Breaking Bad - Season 1 Trailer (2008)')],
      series('Breaking Bad', 2008),
    );
    expect(titles(ranking)[0]).toBe('Breaking Bad - Season 1 Trailer (2008)');
    // Its only minus is being a later season: the year after the start is no doubt about the show.
    const later = rankedOf(ranking, 'Breaking Bad Season 2 Trailer (2009)');
    expect(later.reasons.filter((r) => r.points < 0).map((r) => r.label)).toEqual([
      "A later season (“Season 2”): the series' own or first-season trailer comes first",
    ]);
  });

  it('tells two shows with one name apart by the year (The Office 2001 / 2005)', () => {
    const candidates = [
      video('The Office (2001) Trailer | BBC Two'),
      video('The Office (US) Season 1 Trailer - 2005'),
    ];
    expect(titles(rankCandidates(candidates, series('The Office', 2005)))[0]).toContain('2005');
    const uk = rankCandidates(candidates, series('The Office', 2001));
    expect(titles(uk)[0]).toContain('2001');
    expect(reason(rankedOf(uk, candidates[1]!.title), 'Season 1 in 2005').points).toBeLessThan(0);
  });

  it('marks down a season trailer when looking for a film', () => {
    const ranked = rankCandidates([video('Das Boot - Staffel 3 | Trailer')], movie('Das Boot', 1981))
      .ranked[0]!;
    expect(reason(ranked, 'Mentions “Staffel 3”: probably a series').points).toBeLessThan(0);
  });
});
