// Parodies, commentary and fan-made trailers use the film's title and the word "trailer", yet are
// never its trailer: none may reach a profile's minimum, and each says why.
import { describe, expect, it } from 'vitest';
import { rankCandidates, THRESHOLD, unattendedPick } from './rank-candidates';
import { movie, rankedOf, reason, titles, video } from './rank-test-kit';

// Everything else as good as it gets: the person allowed the channel, the year and language match.
const generous = movie('Dune', 2021, { channelAllowList: ['Dune Fans'], language: 'en' });
const fromAllowed = (title: string) =>
  video(title, { channel: 'Dune Fans', channel_is_verified: true, view_count: 9_000_000 });

describe('parodies, commentary and fan-made trailers', () => {
  it('keeps "Honest Trailers - Dune" below the minimum, and the real trailer first', () => {
    const parody = video('Honest Trailers - Dune', { channel: 'Screen Junkies', channel_is_verified: true });
    const ranking = rankCandidates([parody, video('Dune | Official Trailer')], movie('Dune', null));
    expect(titles(ranking)[0]).toBe('Dune | Official Trailer');
    const ranked = rankedOf(ranking, parody.title);
    expect(ranked.score).toBeLessThan(THRESHOLD);
    expect(reason(ranked, 'Says “Honest Trailers”').label).toBe(
      'Says “Honest Trailers”: a parody or sketch about the film, not its trailer',
    );
    // "Honest Trailers" is the series' name, not the video calling itself a trailer.
    expect(ranked.reasons.some((r) => r.label === 'Called a trailer')).toBe(false);
  });

  it.each([
    ['Dune (2021) Pitch Meeting', 'parody'],
    ['Everything Wrong With Dune (2021) In 20 Minutes Or Less', 'parody'],
    ['Dune (2021) Official Trailer Parody', 'parody'],
    ['Dune (2021) Trailer Breakdown | Easter Eggs & Details You Missed', 'explainer'],
    ['Dune (2021) Ending Explained', 'explainer'],
    ['Dune (2021) Recap', 'explainer'],
    ['Dune (2021) - Movie Review', 'explainer'],
    ['Dune (2021) Official Trailer Reaction', 'explainer'],
    ['Dune (2021) Fan Made Trailer', 'fan-made'],
    ['Dune (2021) Concept Trailer', 'fan-made'],
    ['Dune (2021) | AI Trailer', 'fan-made'],
    ['Dune (2021) Official Trailer (AI generated)', 'fan-made'],
    ['Dune (2021) Trailer Reaktion', 'explainer'],
    ['Dune (2021) Kritik', 'explainer'],
    ['Dune (2021) Ende erklärt', 'explainer'],
    ['Dune (2021) Bande-annonce Réaction', 'explainer'],
    ['Dune (2021) Critique', 'explainer'],
    ['Dune (2021) Parodie', 'parody'],
    ['Dune (2021) Tráiler Reacción', 'explainer'],
    ['Dune (2021) Resumen', 'explainer'],
    ['Dune (2021) Parodia', 'parody'],
  ])('keeps “%s” below the minimum and names it (%s)', (title, kind) => {
    const ranked = rankCandidates([fromAllowed(title)], generous).ranked[0]!;
    expect(ranked.score).toBeLessThan(THRESHOLD);
    expect(reason(ranked, kind).label).toMatch(/^Says “.+”: /);
    expect(ranked.neverUnattended).toBe(true);
  });

  it('is never queued without the person, even by a profile whose minimum is 0', () => {
    const parody = fromAllowed('Honest Trailers - Dune (2021)');
    const real = video('Dune (2021) Official Trailer', { channel: 'Warner Bros. Pictures' });
    const alone = rankCandidates([parody], generous).ranked;
    expect(unattendedPick(alone, 0)).toBeUndefined();
    const both = rankCandidates([parody, real], generous).ranked;
    expect(unattendedPick(both, 0)?.candidate.title).toBe(real.title);
    expect(unattendedPick(both, 0)?.neverUnattended).toBe(false);
  });

  it("applies whatever the profile's exclude words, and does not count the same word twice", () => {
    const none = movie('Dune', 2021, { excludeWords: [], channelAllowList: ['Dune Fans'] });
    expect(
      rankCandidates([fromAllowed('Dune (2021) Official Trailer Reaction')], none).ranked[0]!.score,
    ).toBe(0);
    const defaults = rankCandidates([video('Dune Trailer Reaction')], movie('Dune', null)).ranked[0]!;
    expect(defaults.reasons.filter((r) => r.label.includes('Reaction')).map((r) => r.points)).toEqual([-100]);
  });

  it('reads the title inside the commentary as a match, not as another title', () => {
    for (const title of [
      'Everything Wrong With Dune',
      'Dune Pitch Meeting',
      'Honest Trailers: Everything Wrong With Dune',
    ]) {
      const ranked = rankCandidates([video(title)], movie('Dune', null)).ranked[0]!;
      expect(reason(ranked, 'Title matches').points).toBeGreaterThan(0);
      expect(ranked.reasons.some((r) => r.label.includes('another title'))).toBe(false);
    }
  });

  it('marks down a channel whose name says it makes reactions or recaps, unless the person allowed it', () => {
    for (const channel of ['Trailer Reactions', 'Movie Recaps', 'Parody Central']) {
      const ranked = rankCandidates([video('Dune | Official Trailer', { channel })], movie('Dune', null))
        .ranked[0]!;
      expect(ranked.score).toBeLessThan(THRESHOLD);
      expect(reason(ranked, `(${channel})`).label).toMatch(/^From a channel of /);
    }
    const allowed = movie('Dune', null, { channelAllowList: ['Trailer Reactions'] });
    const mine = rankCandidates(
      [video('Dune | Official Trailer', { channel: 'Trailer Reactions' })],
      allowed,
    );
    expect(mine.ranked[0]!.score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it("leaves a film's own title alone: “Breakdown”, “The Theory of Everything”, “What If…?”", () => {
    const cases = [
      { title: 'Breakdown (1997) Official Trailer - Kurt Russell', context: movie('Breakdown', 1997) },
      {
        title: 'The Theory of Everything Official Trailer #1 (2014)',
        context: movie('The Theory of Everything', 2014),
      },
      { title: 'What If…? | Official Trailer | Disney+', context: movie('What If...?', 2021) },
    ];
    for (const { title, context } of cases) {
      const ranked = rankCandidates([video(title)], context).ranked[0]!;
      expect(ranked.score, title).toBeGreaterThanOrEqual(THRESHOLD);
      expect(
        ranked.reasons.every((r) => !r.label.includes('not the trailer')),
        title,
      ).toBe(true);
    }
  });
});
