// The rules that decide whether a video is the trailer, and a good one: wording, exclude words,
// channel, length, language; and which videos are never candidates.
import { describe, expect, it } from 'vitest';
import { rankCandidates, THRESHOLD } from './rank-candidates';
import { movie, rankedOf, reason, scoreOf, titles, video } from './rank-test-kit';
import { defaultExcludeWords } from './vocabulary';

describe('trailer wording', () => {
  it('ranks "official trailer" over "trailer #2" over "teaser", and anything else last', () => {
    const ranking = rankCandidates(
      [
        video('Dune Teaser'),
        video('Dune - Ending Scene'),
        video('Dune Trailer #2'),
        video('Dune | Official Trailer'),
      ],
      movie('Dune', null),
    );
    expect(titles(ranking)).toEqual([
      'Dune | Official Trailer',
      'Dune Trailer #2',
      'Dune Teaser',
      'Dune - Ending Scene',
    ]);
    expect(reason(ranking.ranked[3]!, 'Not called a trailer').points).toBeLessThan(0);
  });

  it('counts trailer words in other languages and an "announcement trailer" as a teaser', () => {
    const context = movie('Léon', null);
    expect(
      reason(rankCandidates([video('Léon - Bande-annonce')], context).ranked[0]!, 'Called a trailer'),
    ).toBeDefined();
    expect(
      reason(rankCandidates([video('Léon | Offizieller Trailer')], context).ranked[0]!, 'official trailer'),
    ).toBeDefined();
    expect(
      reason(rankCandidates([video('Léon | Announcement Trailer')], context).ranked[0]!, 'teaser'),
    ).toBeDefined();
  });

  it("follows TMDB's type: Trailer over Teaser, a clip far below", () => {
    const tmdb = (title: string, type: string) =>
      video(title, { tmdb: { type, official: true, language: 'en' } });
    const ranking = rankCandidates(
      [tmdb('Peach', 'Clip'), tmdb('Teaser', 'Teaser'), tmdb('Main Trailer', 'Trailer')],
      movie('Parasite', 2019),
    );
    expect(titles(ranking)).toEqual(['Main Trailer', 'Teaser', 'Peach']);
    expect(reason(ranking.ranked[2]!, 'A clip, according to TMDB').points).toBeLessThan(0);
  });
});

describe('exclude words', () => {
  it('costs points for each word found, and names it', () => {
    const ranking = rankCandidates(
      [video('Dune Trailer Clip & Featurette'), video('Dune Trailer')],
      movie('Dune', null),
    );
    const decoy = rankedOf(ranking, 'Dune Trailer Clip & Featurette');
    expect(reason(decoy, 'Says “clip”').points).toBe(-40);
    expect(reason(decoy, 'Says “featurette”').points).toBe(-40);
    expect(titles(ranking)[0]).toBe('Dune Trailer');
  });

  it('puts a decoy with far more views below the trailer', () => {
    const ranking = rankCandidates(
      [
        video('Dune Ending Explained', { view_count: 9_000_000 }),
        video('Dune Trailer', { view_count: 2_000 }),
      ],
      movie('Dune', null),
    );
    expect(titles(ranking)[0]).toBe('Dune Trailer');
  });

  it('finds plurals and the spellings of "tv spot", not words inside other words', () => {
    const context = movie('Dune', null);
    for (const title of ['Dune TV Spot', 'Dune tvspot', 'Dune TV-SPOT', 'Dune - TV Spots']) {
      expect(reason(rankCandidates([video(title)], context).ranked[0]!, 'Says “tv spot”').points).toBe(-40);
    }
    expect(
      reason(rankCandidates([video('Dune Trailer Clips')], context).ranked[0]!, 'Says “clip”'),
    ).toBeDefined();
    const movieclips = rankCandidates([video('Dune (2021) Trailer #1 | Movieclips Trailers')], context)
      .ranked[0]!;
    expect(movieclips.reasons.some((r) => r.label.startsWith('Says'))).toBe(false);
  });

  it("uses the profile's own list instead of the defaults", () => {
    const context = movie('Dune', null, { excludeWords: ['imax'] });
    const ranked = rankCandidates([video('Dune Trailer Clip IMAX')], context).ranked[0]!;
    expect(reason(ranked, 'Says “imax”').points).toBe(-40);
    expect(ranked.reasons.some((r) => r.label.includes('clip'))).toBe(false);
    expect(defaultExcludeWords).toEqual(expect.arrayContaining(['reaction', 'tv spot', 'behind the scenes']));
  });

  it('costs less when only the description says it', () => {
    const concept = video('DUNE 3 - First Trailer', {
      description: 'This is a concept trailer made by fans.',
    });
    const ranked = rankCandidates([concept], movie('Dune 3', null)).ranked[0]!;
    expect(reason(ranked, 'Its description says “concept”').points).toBe(-20);
  });
});

describe('channel', () => {
  it('gives a bonus to channels on the allow-list, by name, id or handle', () => {
    const byName = movie('Dune', null, { channelAllowList: ['my trailers'] });
    const byId = movie('Dune', null, { channelAllowList: ['UCmine000000000000000000'] });
    const byHandle = movie('Dune', null, { channelAllowList: ['@MyTrailers'] });
    const mine = video('Dune Trailer', {
      channel: 'My Trailers',
      channel_id: 'UCmine000000000000000000',
      uploader_id: '@mytrailers',
    });
    for (const context of [byName, byId, byHandle]) {
      expect(
        reason(rankCandidates([mine], context).ranked[0]!, 'From a channel you allowed (My Trailers)').points,
      ).toBe(25);
    }
    expect(
      rankCandidates([mine], movie('Dune', null)).ranked[0]!.reasons.some((r) => r.label.includes('allowed')),
    ).toBe(false);
  });

  it('prefers official studio and distributor channels, regional ones too', () => {
    const context = movie('Dune', null);
    for (const channel of [
      'Warner Bros. Pictures',
      'Warner Bros. UK & Ireland',
      'Universal Pictures Germany',
      'A24',
    ]) {
      const ranked = rankCandidates([video('Dune Trailer', { channel })], context).ranked[0]!;
      expect(reason(ranked, 'From an official channel').label).toBe(`From an official channel (${channel})`);
    }
    for (const channel of ['Disney Movie Clips', 'Warner Bros. Fan Edits']) {
      const ranked = rankCandidates([video('Dune Trailer', { channel })], context).ranked[0]!;
      expect(ranked.reasons.some((r) => r.label.includes('official channel'))).toBe(false);
    }
  });

  it('uses YouTube’s verified badge when yt-dlp reports it', () => {
    const ranked = rankCandidates([video('Dune Trailer', { channel_is_verified: true })], movie('Dune', null))
      .ranked[0]!;
    expect(reason(ranked, 'Verified channel').points).toBeGreaterThan(0);
  });

  it('marks down channels known for fan-made trailers, and any non-studio trailer of a film not out yet', () => {
    const fan = rankCandidates(
      [video('Dune 3 Trailer', { channel: 'Screen Culture' })],
      movie('Dune 3', 2026),
    );
    expect(reason(fan.ranked[0]!, 'known for fan-made trailers').points).toBeLessThan(0);
    const future = movie('Dune 3', 2028, { currentYear: 2026 });
    expect(
      scoreOf([video('Dune 3 Official Trailer (2028)')], future, 'Dune 3 Official Trailer (2028)'),
    ).toBeLessThan(THRESHOLD);
    const studio = video('Dune 3 Official Trailer (2028)', { channel: 'Warner Bros. Pictures' });
    expect(scoreOf([studio], future, studio.title)).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('duration', () => {
  it("marks down videos outside the profile's bounds, and says which bound", () => {
    const context = movie('Dune', null, { minDurationSeconds: 60, maxDurationSeconds: 300 });
    const long = rankCandidates([video('Dune Trailer', { duration: 420 })], context).ranked[0]!;
    expect(reason(long, "Longer than the profile's 5:00 (7:00)").points).toBeLessThan(0);
    const short = rankCandidates([video('Dune Trailer', { duration: 45 })], context).ranked[0]!;
    expect(reason(short, "Shorter than the profile's 1:00 (0:45)").points).toBeLessThan(0);
  });

  it('without bounds, likes the usual one to four minutes and dislikes a full film', () => {
    const context = movie('Dune', null);
    expect(
      reason(
        rankCandidates([video('Dune Trailer', { duration: 151 })], context).ranked[0]!,
        'Usual trailer length (2:31)',
      ),
    ).toBeDefined();
    const film = rankCandidates([video('Dune Trailer', { duration: 9300 })], context).ranked[0]!;
    expect(reason(film, 'Far too long for a trailer (2:35:00)').points).toBeLessThan(0);
  });
});

describe('language', () => {
  const german = movie('Das Boot', null, { language: 'de' });

  it('prefers the profile language named in the title, and marks down another one', () => {
    const ranking = rankCandidates(
      [video('Das Boot Trailer VF'), video('Das Boot Trailer'), video('Das Boot Trailer Deutsch')],
      german,
    );
    expect(titles(ranking)).toEqual(['Das Boot Trailer Deutsch', 'Das Boot Trailer', 'Das Boot Trailer VF']);
    expect(reason(ranking.ranked[0]!, 'In German (says “Deutsch”)').points).toBeGreaterThan(0);
    expect(reason(ranking.ranked[2]!, 'In French (says “VF”), not German').points).toBeLessThan(0);
  });

  it('knows subtitles are not the audio', () => {
    const french = movie('Léon', null, { language: 'fr' });
    const vost = rankCandidates([video('Léon - Bande-annonce VOST')], french).ranked[0]!;
    expect(reason(vost, 'Subtitled in French').points).toBeLessThan(0);
    const english = movie('La Haine', null, { language: 'en' });
    const subs = rankCandidates([video('La Haine Trailer | English Subtitles')], english).ranked[0]!;
    expect(reason(subs, 'Subtitled in English').points).toBeLessThan(0);
  });

  it("uses TMDB's language, the channel's, and accepts three-letter codes", () => {
    const tmdb = video('Trailer', { tmdb: { type: 'Trailer', official: true, language: 'de' } });
    expect(
      reason(
        rankCandidates([tmdb], movie('Parasite', 2019, { language: 'deu' })).ranked[0]!,
        'In German, according to TMDB',
      ),
    ).toBeDefined();
    const kinocheck = video('Das Boot Trailer', { channel: 'KinoCheck' });
    expect(
      reason(
        rankCandidates([kinocheck], movie('Das Boot', null, { language: 'ger' })).ranked[0]!,
        'German-language channel',
      ),
    ).toBeDefined();
  });

  it('names and matches every language, not only the ones the ranking has words for', () => {
    // A Czech profile written in ISO 639-2/T ("ces") and TMDB's Czech video ("cs") are one language.
    const czech = video('Trailer', { tmdb: { type: 'Trailer', official: true, language: 'cs' } });
    const ranked = rankCandidates([czech], movie('Pelíšky', 1999, { language: 'ces' })).ranked[0]!;
    expect(reason(ranked, 'In Czech, according to TMDB').points).toBeGreaterThan(0);
    const polish = video('Trailer', { tmdb: { type: 'Trailer', official: true, language: 'pl' } });
    const other = rankCandidates([polish], movie('Pelíšky', 1999, { language: 'cze' })).ranked[0]!;
    expect(reason(other, 'In Polish, not Czech, according to TMDB').points).toBeLessThan(0);
  });

  it('ignores language when the profile has none', () => {
    const ranked = rankCandidates([video('Das Boot Trailer VF')], movie('Das Boot', null)).ranked[0]!;
    expect(ranked.reasons.some((r) => r.label.includes('French'))).toBe(false);
  });
});

describe('never candidates', () => {
  it('sets aside shorts, live and upcoming videos and private ones, saying why', () => {
    const ranking = rankCandidates(
      [
        video('Dune trailer #shorts', { duration: 30 }),
        video('Dune Trailer', { url: 'https://www.youtube.com/shorts/abcdefghijk', duration: null }),
        video('Dune Trailer LIVE', { live_status: 'is_live', duration: null }),
        video('Dune Official Trailer Premiere', { live_status: 'is_upcoming', duration: null }),
        video('Dune Trailer', { availability: 'private' }),
        video('Dune | Official Trailer'),
      ],
      movie('Dune', null),
    );
    expect(titles(ranking)).toEqual(['Dune | Official Trailer']);
    expect(ranking.excluded.map((e) => e.why)).toEqual([
      'A YouTube Short (#shorts)',
      'A YouTube Short',
      'A live stream',
      'An upcoming premiere or stream, not out yet',
      'Private video',
    ]);
  });
});

describe('score', () => {
  it('stays within 0..100, sums its reasons before clamping, and breaks ties by views', () => {
    const context = movie('Dune', 2021, { channelAllowList: ['Warner Bros. Pictures'], language: 'de' });
    // 35 title + 12 year + 20 official trailer + 25 allowed channel + 15 German + 5 length = 112.
    const best = video('Dune | Offizieller Trailer Deutsch (2021)', { channel: 'Warner Bros. Pictures' });
    const worst = video('Dune 1984 Trailer Reaction Review Breakdown', { duration: 5000 });
    const [a, b] = [video('Dune Trailer', { view_count: 10 }), video('Dune Trailer ', { view_count: 500 })];
    const ranking = rankCandidates([worst, a, b, best], context);
    expect(ranking.ranked[0]!.score).toBe(100);
    expect(rankedOf(ranking, worst.title).score).toBe(0);
    const middle = rankedOf(ranking, a.title);
    expect(middle.score).toBe(middle.reasons.reduce((sum, r) => sum + r.points, 0));
    expect(titles(ranking).slice(1, 3)).toEqual([b.title, a.title]);
    expect(THRESHOLD).toBe(50);
  });
});
