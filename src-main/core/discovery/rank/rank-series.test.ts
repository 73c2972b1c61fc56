// A series' trailer before its later seasons' trailers, and one deterministic rule for ties.
import { describe, expect, it } from 'vitest';
import { rankCandidates } from './rank-candidates';
import { movie, rankedOf, reason, series, titles, video } from './rank-test-kit';

const strangerThings = series('Stranger Things', 2016);
// Same channel, same wording, same length: only the season differs. The later seasons have far
// more views, which used to break the tie in their favour.
const fromNetflix = (title: string, views: number) =>
  video(title, { channel: 'Netflix', view_count: views, duration: 150 });

describe('series: later seasons', () => {
  it.each([
    'Stranger Things 2 | Season 2 Official Trailer | Netflix',
    'Stranger Things | S2 Official Trailer | Netflix',
    'Stranger Things S02 | Official Trailer | Netflix',
    'Stranger Things Part 2 | Official Trailer | Netflix',
    'Stranger Things: Volume 2 | Official Trailer | Netflix',
    'Stranger Things | Second Season Official Trailer | Netflix',
    'Stranger Things | Final Season Official Trailer | Netflix',
    'Stranger Things | Staffel 2 Offizieller Trailer | Netflix',
  ])('ranks “%s” below the series’ own trailer, and says why', (later) => {
    const general = fromNetflix('Stranger Things | Official Trailer | Netflix', 1_000);
    const ranking = rankCandidates([fromNetflix(later, 90_000_000), general], strangerThings);
    expect(titles(ranking)[0]).toBe(general.title);
    expect(reason(rankedOf(ranking, later), 'A later season').points).toBeLessThan(0);
  });

  it('ranks the first season’s trailer first, then the general one, then later seasons, last the final one', () => {
    const list = [
      fromNetflix('Stranger Things | Final Season Official Trailer | Netflix', 50_000_000),
      fromNetflix('Stranger Things | Season 3 Official Trailer | Netflix', 40_000_000),
      fromNetflix('Stranger Things | Official Trailer | Netflix', 1_000),
      fromNetflix('Stranger Things | Season 1 Official Trailer | Netflix', 2_000),
    ];
    expect(titles(rankCandidates(list, strangerThings))).toEqual([
      'Stranger Things | Season 1 Official Trailer | Netflix',
      'Stranger Things | Official Trailer | Netflix',
      'Stranger Things | Season 3 Official Trailer | Netflix',
      'Stranger Things | Final Season Official Trailer | Netflix',
    ]);
  });

  it('breaks a tie by the earlier season, then more views, then the order given, whatever the input order', () => {
    // A season 2 teaser against a very short general trailer: both 65.
    const later = video('Stranger Things | Season 2 | Official Teaser Trailer', {
      channel: 'Netflix',
      duration: 150,
      view_count: 9_000_000,
    });
    const general = video('Stranger Things | Trailer', {
      channel: 'Netflix',
      duration: 20,
      view_count: 10,
    });
    const [a, b] = [
      rankCandidates([later, general], strangerThings),
      rankCandidates([general, later], strangerThings),
    ];
    expect(a.ranked.map((r) => r.score)).toEqual(b.ranked.map((r) => r.score));
    expect(a.ranked.map((r) => r.score)).toEqual([65, 65]);
    expect(titles(a)).toEqual([general.title, later.title]);
    expect(titles(b)).toEqual([general.title, later.title]);
    // Same season, same score: more views first; same views too: the order given.
    const twins = [
      video('Stranger Things Trailer', { view_count: 5 }),
      video('Stranger Things Trailer ', { view_count: 5 }),
    ];
    expect(titles(rankCandidates(twins, strangerThings))).toEqual(twins.map((t) => t.title));
  });

  it('keeps "Part 2" of a film a sequel, not a season', () => {
    const ranked = rankCandidates([video('Dune: Part Two | Official Trailer')], movie('Dune', null))
      .ranked[0]!;
    expect(reason(ranked, 'sequel').points).toBeLessThan(0);
    expect(ranked.reasons.some((r) => r.label.includes('series') || r.label.includes('season'))).toBe(false);
  });
});
