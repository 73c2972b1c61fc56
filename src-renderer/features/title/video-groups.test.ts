import { describe, expect, it } from 'vitest';
import type { TrailerFile } from '../../../src-preload/contract';
import type { VideoType } from '../../../src-preload/contract/video-kinds';
import { groupVideos } from './video-groups';

let nextId = 0;
const file = (videoType: VideoType, season: number | null = null): TrailerFile =>
  ({
    id: ++nextId,
    fileName: `${videoType}-${season ?? 'show'}-${nextId}.mkv`,
    videoType,
    season,
  }) as TrailerFile;
const seasons = [1, 2, 3].map((season) => ({ season, folderName: `Season 0${season}` }));

/** What the page shows: each group's heading, its tables by name with their files, or its empty line. */
const shown = (groups: ReturnType<typeof groupVideos>) =>
  groups.map((g) => [
    g.heading,
    g.types.length === 0 ? g.empty : g.types.map((t) => [t.label, t.files.length]),
  ]);

describe('the title page groups videos by season, then by type', () => {
  it('puts the whole series first, then seasons in order with specials last, types in their order', () => {
    const files = [
      file('featurette', 1),
      file('trailer', 2),
      file('featurette'),
      file('trailer'),
      file('trailer', 1),
      file('teaser'),
      file('trailer'),
      file('trailer', 0),
    ];
    expect(shown(groupVideos('series', [...seasons, { season: 0, folderName: 'Specials' }], files))).toEqual([
      [
        'Whole series',
        [
          ['Trailers', 2],
          ['Teasers', 1],
          ['Featurettes', 1],
        ],
      ],
      [
        'Season 1',
        [
          ['Season 1 trailers', 1],
          ['Season 1 featurettes', 1],
        ],
      ],
      ['Season 2', [['Season 2 trailers', 1]]],
      ['Season 3', 'No trailer for Season 3 yet.'],
      ['Specials', [['Specials trailers', 1]]],
    ]);
  });

  it('says what is missing for a series with nothing yet, and lists a season known only from its file', () => {
    expect(shown(groupVideos('series', seasons.slice(0, 1), []))).toEqual([
      ['Whole series', 'No trailer for the series yet.'],
      ['Season 1', 'No trailer for Season 1 yet.'],
    ]);
    expect(shown(groupVideos('series', [], [file('trailer', 4)]))).toEqual([
      ['Whole series', 'No trailer for the series yet.'],
      ['Season 4', [['Season 4 trailers', 1]]],
    ]);
  });

  it('gives a movie one group without a heading, as before', () => {
    expect(shown(groupVideos('movie', [], []))).toEqual([[null, 'No trailers yet for this title.']]);
    expect(shown(groupVideos('movie', [], [file('trailer'), file('deleted')]))).toEqual([
      [
        null,
        [
          ['Trailers', 1],
          ['Deleted scenes', 1],
        ],
      ],
    ]);
  });
});
