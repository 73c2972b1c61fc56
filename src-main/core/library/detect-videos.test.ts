import { describe, expect, it } from 'vitest';
import { namingPresets, videoTypes, type VideoType } from '../../../src-preload/contract/video-kinds';
import { videoPath } from '../naming/video-path';
import {
  extrasFolderType,
  seasonOfFolder,
  videoByName,
  videoInExtrasFolder,
  type DetectedVideo,
} from './detect-videos';

const folder = 'Heat (1995)';
const kind = (type: VideoType, language: string | null = null): DetectedVideo => ({ type, language });

describe('videoByName: beside the main video', () => {
  it.each([
    ['Heat (1995)-trailer.mkv', kind('trailer')],
    ['Heat (1995)-TRAILER.MP4', kind('trailer')],
    ['Heat (1995).trailer.mkv', kind('trailer')],
    ['Heat (1995)_trailer.mkv', kind('trailer')],
    ['Heat (1995) trailer.mkv', kind('trailer')],
    ['Heat (1995) - trailer.mkv', kind('trailer')],
    ['Heat (1995)-trailer2.mkv', kind('trailer')],
    ['Heat (1995) (2)-trailer.mkv', kind('trailer')],
    ['trailer.mkv', kind('trailer')],
    ['movie-trailer.mkv', kind('trailer')],
    ['Heat (1995)-featurette.mkv', kind('featurette')],
    ['Heat (1995)-Featurette3.mkv', kind('featurette')],
    ['Heat (1995)-behindthescenes.mkv', kind('behindthescenes')],
    ['Heat (1995)-deleted.mkv', kind('deleted')],
    ['Heat (1995)-deletedscene.mkv', kind('deleted')],
    ['Heat (1995)-interview.mkv', kind('interview')],
    ['Heat (1995)-scene.mkv', kind('clip')],
    ['Heat (1995)-clip.mkv', kind('clip')],
    ['Heat (1995)-short.mkv', kind('short')],
    ['Heat (1995)-other.mkv', kind('other')],
    ['Heat (1995)-extra.mkv', kind('other')],
    ['Heat (1995) [Deutsch]-trailer.mkv', kind('trailer', 'de')],
    ['Heat (1995) [Français] (2)-trailer.mkv', kind('trailer', 'fr')],
    ['Heat (1995) [de]-featurette.mkv', kind('featurette', 'de')],
    ['Heat (1995) [german]-trailer.mkv', kind('trailer', 'de')],
    ['Heat (1995) [1080p]-trailer.mkv', kind('trailer')],
    ['Heat (1995) - Pacino HD - On Set [Deutsch] (2)-interview.mkv', kind('interview', 'de')],
  ])('%s → %j', (name, expected) => expect(videoByName(name, folder)).toEqual(expected));

  it.each([
    ['the main video', 'Heat (1995).mkv', folder],
    ['a main video named like a trailer', 'Blair-Trailer.mkv', 'Blair-Trailer'],
    ['a main video named like a short', 'The-Short.mkv', 'The Short (2020)'],
    ['a main video named like deleted scenes', 'Deleted Scenes.mkv', 'Deleted Scenes (2010)'],
    ['a main video with ids in its folder name', 'The Other.mkv', 'The Other (1972) {tmdb-123}'],
    ['an episode', 'Dark S01E02-trailer.mkv', 'Dark (2017)'],
    ['an episode, 1x02', 'Dark 1x02 - clip.mkv', 'Dark (2017)'],
    ['a sample', 'Heat (1995)-sample.mkv', folder],
    ['a subtitle', 'Heat (1995)-trailer.srt', folder],
    ['a yt-dlp part', 'Heat (1995)-trailer.f137.mp4', folder],
    ['a word inside the name', 'Trailer Park Boys.mkv', folder],
    ['a hyphenated word that is no suffix', 'Heat (1995)-shortcut.mkv', folder],
  ])('never %s (%s)', (_, name, titleFolder) => expect(videoByName(name, titleFolder)).toBeNull());
});

describe('videoInExtrasFolder and extrasFolderType', () => {
  it.each([
    ['Trailers', 'trailer'],
    ['trailers', 'trailer'],
    ['Featurettes', 'featurette'],
    ['Behind The Scenes', 'behindthescenes'],
    ['behind the scenes', 'behindthescenes'],
    ['Deleted Scenes', 'deleted'],
    ['Interviews', 'interview'],
    ['Scenes', 'clip'],
    ['Clips', 'clip'],
    ['Shorts', 'short'],
    ['Other', 'other'],
    ['Extras', 'other'],
    ['extra', 'other'],
  ])('%s holds %s', (name, type) => expect(extrasFolderType(name)).toBe(type));

  it.each(['Samples', 'Subs', 'Season 01', 'Backdrops', 'Trailer'])('%s is no extras folder', (name) =>
    expect(extrasFolderType(name)).toBeNull(),
  );

  it("takes the file's suffix over the folder (Kodi's Extras holds every type), and reads a bare tag", () => {
    expect(videoInExtrasFolder('Heat (1995)-featurette.mkv', 'other')).toEqual(kind('featurette'));
    expect(videoInExtrasFolder('Making of.mkv', 'behindthescenes')).toEqual(kind('behindthescenes'));
    expect(videoInExtrasFolder('Heat (1995) [Deutsch].mkv', 'trailer')).toEqual(kind('trailer', 'de'));
    expect(videoInExtrasFolder('Dark S01E01.mkv', 'other')).toBeNull();
  });
});

describe('seasonOfFolder', () => {
  it.each([
    ['Season 1', 1],
    ['Season 01', 1],
    ['season.12', 12],
    ['S01', 1],
    ['s3', 3],
    ['Staffel 2', 2],
    ['Saison 3', 3],
    ['Temporada 4', 4],
    ['Season 02 - The Return', 2],
    ['Specials', 0],
    ['Season 00', 0],
  ])('%s → %i', (name, season) => expect(seasonOfFolder(name)).toBe(season));

  it.each(['Trailers', 'Seasonal', 'S01E01', 'Extras', 'Season', '2019'])('%s is no season', (name) =>
    expect(seasonOfFolder(name)).toBeNull(),
  );
});

describe('every name a preset writes reads back as its type and language', () => {
  const profile = (placement: 'next-to-media' | 'trailers-folder') => ({
    name: 'Default',
    container: 'mkv' as const,
    placement,
    customTemplate: null,
  });
  const cases = namingPresets
    .filter((p) => p !== 'custom')
    .flatMap((preset) =>
      (['next-to-media', 'trailers-folder'] as const).flatMap((placement) =>
        videoTypes.flatMap((type) => [null, 'de'].map((language) => ({ preset, placement, type, language }))),
      ),
    );

  it.each(cases)('$preset, $placement, $type, $language', ({ preset, placement, type, language }) => {
    const path = videoPath({
      preset,
      profile: profile(placement),
      media: { title: 'Heat', year: 1995, kind: 'movie' },
      slot: { type, season: null, language, ordinal: 2 },
    });
    const parts = path.split('/');
    const name = parts.at(-1) ?? '';
    const folderType = parts.length > 1 ? extrasFolderType(parts[0] ?? '') : null;
    const found = folderType ? videoInExtrasFolder(name, folderType) : videoByName(name, folder);
    // Servers have no teaser type: a teaser is filed, and read back, as a trailer.
    expect(found).toEqual(kind(type === 'teaser' ? 'trailer' : type, language));
  });
});
