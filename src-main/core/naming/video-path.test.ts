import { describe, expect, it } from 'vitest';
import type { Placement } from '../../../src-preload/contract/profiles';
import type { NamingPreset, VideoSlot, VideoType } from '../../../src-preload/contract/video-kinds';
import type { PlacementProfile } from '../profiles/placement';
import { videoPath, type VideoNaming } from './video-path';

const profile = (placement: Placement, customTemplate: string | null = null): PlacementProfile => ({
  name: 'Default',
  container: 'mkv',
  placement,
  customTemplate,
});
const heat = { title: 'Heat', year: 1995, kind: 'movie' as const };
const dark = { title: 'Dark', year: 2017, kind: 'series' as const };
const slot = (type: VideoType, over: Partial<VideoSlot> = {}): VideoSlot => ({
  type,
  season: null,
  language: null,
  ordinal: 1,
  ...over,
});
const path = (preset: NamingPreset, placement: Placement, s: VideoSlot, over: Partial<VideoNaming> = {}) =>
  videoPath({ preset, profile: profile(placement), media: heat, slot: s, ...over });

// Every type × preset × style, written out by hand from each server's documentation (see
// server-conventions.ts), not computed from the tables under test.
const H = 'Heat (1995)';
const expected: Record<
  Exclude<NamingPreset, 'custom'>,
  Record<'next-to-media' | 'trailers-folder', Record<VideoType, string>>
> = {
  plex: {
    'next-to-media': {
      trailer: `${H}-trailer.mkv`,
      teaser: `${H}-trailer.mkv`,
      featurette: `${H}-featurette.mkv`,
      behindthescenes: `${H}-behindthescenes.mkv`,
      clip: `${H}-scene.mkv`,
      interview: `${H}-interview.mkv`,
      deleted: `${H}-deleted.mkv`,
      short: `${H}-short.mkv`,
      other: `${H}-other.mkv`,
    },
    'trailers-folder': {
      trailer: `Trailers/${H}-trailer.mkv`,
      teaser: `Trailers/${H}-trailer.mkv`,
      featurette: `Featurettes/${H}-featurette.mkv`,
      behindthescenes: `Behind The Scenes/${H}-behindthescenes.mkv`,
      clip: `Scenes/${H}-scene.mkv`,
      interview: `Interviews/${H}-interview.mkv`,
      deleted: `Deleted Scenes/${H}-deleted.mkv`,
      short: `Shorts/${H}-short.mkv`,
      other: `Other/${H}-other.mkv`,
    },
  },
  jellyfin: {
    'next-to-media': {
      trailer: `${H}-trailer.mkv`,
      teaser: `${H}-trailer.mkv`,
      featurette: `${H}-featurette.mkv`,
      behindthescenes: `${H}-behindthescenes.mkv`,
      clip: `${H}-clip.mkv`,
      interview: `${H}-interview.mkv`,
      deleted: `${H}-deleted.mkv`,
      short: `${H}-short.mkv`,
      other: `${H}-other.mkv`,
    },
    'trailers-folder': {
      trailer: `Trailers/${H}-trailer.mkv`,
      teaser: `Trailers/${H}-trailer.mkv`,
      featurette: `Featurettes/${H}-featurette.mkv`,
      behindthescenes: `Behind The Scenes/${H}-behindthescenes.mkv`,
      clip: `Clips/${H}-clip.mkv`,
      interview: `Interviews/${H}-interview.mkv`,
      deleted: `Deleted Scenes/${H}-deleted.mkv`,
      short: `Shorts/${H}-short.mkv`,
      other: `Extras/${H}-other.mkv`,
    },
  },
  emby: {
    'next-to-media': {
      trailer: `${H}-trailer.mkv`,
      teaser: `${H}-trailer.mkv`,
      featurette: `${H}-featurette.mkv`,
      behindthescenes: `${H}-behindthescenes.mkv`,
      clip: `${H}-clip.mkv`,
      interview: `${H}-interview.mkv`,
      deleted: `${H}-deleted.mkv`,
      short: `${H}-short.mkv`,
      other: `Extras/${H}-other.mkv`,
    },
    'trailers-folder': {
      trailer: `Trailers/${H}-trailer.mkv`,
      teaser: `Trailers/${H}-trailer.mkv`,
      featurette: `Featurettes/${H}-featurette.mkv`,
      behindthescenes: `Behind The Scenes/${H}-behindthescenes.mkv`,
      clip: `Clips/${H}-clip.mkv`,
      interview: `Interviews/${H}-interview.mkv`,
      deleted: `Deleted Scenes/${H}-deleted.mkv`,
      short: `Shorts/${H}-short.mkv`,
      other: `Extras/${H}-other.mkv`,
    },
  },
  kodi: {
    'next-to-media': {
      trailer: 'movie-trailer.mkv',
      teaser: `Extras/${H}-trailer.mkv`,
      featurette: `Extras/${H}-featurette.mkv`,
      behindthescenes: `Extras/${H}-behindthescenes.mkv`,
      clip: `Extras/${H}-scene.mkv`,
      interview: `Extras/${H}-interview.mkv`,
      deleted: `Extras/${H}-deleted.mkv`,
      short: `Extras/${H}-short.mkv`,
      other: `Extras/${H}-other.mkv`,
    },
    'trailers-folder': {
      trailer: 'movie-trailer.mkv',
      teaser: `Extras/${H}-trailer.mkv`,
      featurette: `Extras/${H}-featurette.mkv`,
      behindthescenes: `Extras/${H}-behindthescenes.mkv`,
      clip: `Extras/${H}-scene.mkv`,
      interview: `Extras/${H}-interview.mkv`,
      deleted: `Extras/${H}-deleted.mkv`,
      short: `Extras/${H}-short.mkv`,
      other: `Extras/${H}-other.mkv`,
    },
  },
};

const rows = Object.entries(expected).flatMap(([preset, styles]) =>
  Object.entries(styles).flatMap(([style, byType]) =>
    Object.entries(byType).map(([type, name]) => [preset, style, type, name] as const),
  ),
);

describe('videoPath: every type × preset × style', () => {
  it.each(rows)('%s, %s, %s → %s', (preset, style, type, name) => {
    expect(path(preset as NamingPreset, style as Placement, slot(type as VideoType))).toBe(name);
  });

  it('files the title trailer exactly as before issue 13 under the default Plex preset', () => {
    expect(path('plex', 'next-to-media', slot('trailer'))).toBe('Heat (1995)-trailer.mkv');
    expect(path('plex', 'trailers-folder', slot('trailer'))).toBe('Trailers/Heat (1995)-trailer.mkv');
    const undated = { title: 'Mission: Impossible', year: null, kind: 'movie' as const };
    expect(path('plex', 'next-to-media', slot('trailer'), { media: undated })).toBe(
      'Mission - Impossible-trailer.mkv',
    );
  });
});

describe('videoPath: numbering, languages, seasons', () => {
  it('numbers the second of a type before the suffix, which must end the name', () => {
    expect(path('jellyfin', 'next-to-media', slot('trailer', { ordinal: 2 }))).toBe(
      'Heat (1995) (2)-trailer.mkv',
    );
    expect(path('plex', 'trailers-folder', slot('featurette', { ordinal: 3 }))).toBe(
      'Featurettes/Heat (1995) (3)-featurette.mkv',
    );
    // Kodi reads one trailer: a second one goes with the extras.
    expect(path('kodi', 'next-to-media', slot('trailer', { ordinal: 2 }))).toBe(
      'Extras/Heat (1995) (2)-trailer.mkv',
    );
  });

  it('tags a language with its own name in brackets before the suffix', () => {
    expect(path('plex', 'next-to-media', slot('trailer', { language: 'de' }))).toBe(
      'Heat (1995) [Deutsch]-trailer.mkv',
    );
    expect(path('jellyfin', 'trailers-folder', slot('trailer', { language: 'fr', ordinal: 2 }))).toBe(
      'Trailers/Heat (1995) [Français] (2)-trailer.mkv',
    );
    expect(path('kodi', 'next-to-media', slot('trailer', { language: 'en' }))).toBe(
      'Extras/Heat (1995) [English]-trailer.mkv',
    );
  });

  it("files a season's video in its type's folder inside the season's folder on disk", () => {
    const season = (preset: NamingPreset, s: VideoSlot, seasonFolder: string | null) =>
      path(preset, 'next-to-media', s, { media: dark, seasonFolder });
    expect(season('plex', slot('trailer', { season: 1 }), 'Season 1')).toBe(
      'Season 1/Trailers/Dark (2017) Season 01-trailer.mkv',
    );
    expect(season('jellyfin', slot('featurette', { season: 2 }), 'Staffel 2')).toBe(
      'Staffel 2/Featurettes/Dark (2017) Season 02-featurette.mkv',
    );
    expect(season('emby', slot('trailer', { season: 3, language: 'de' }), null)).toBe(
      'Season 03/Trailers/Dark (2017) Season 03 [Deutsch]-trailer.mkv',
    );
    expect(season('kodi', slot('trailer', { season: 0 }), 'Specials')).toBe(
      'Specials/Extras/Dark (2017) Season 00-trailer.mkv',
    );
  });

  it('names an extra by its own title too, never a trailer (its name stays as it always was)', () => {
    const titled = (type: VideoType, videoTitle: string, over: Partial<VideoSlot> = {}) =>
      path('jellyfin', 'next-to-media', slot(type, over), { videoTitle });
    expect(titled('featurette', 'Making the Monster')).toBe(
      'Heat (1995) - Making the Monster-featurette.mkv',
    );
    expect(titled('interview', 'Pacino [HD]: On Set', { language: 'de', ordinal: 2 })).toBe(
      'Heat (1995) - Pacino - On Set [Deutsch] (2)-interview.mkv',
    );
    // What the name already says is not said twice: the film, its year, the type, "Official", "HD".
    expect(titled('featurette', 'Heat (1995) Featurette - Making of')).toBe(
      'Heat (1995) - Making of-featurette.mkv',
    );
    expect(titled('behindthescenes', 'HEAT | Official Behind the Scenes | Michael Mann on LA [HD]')).toBe(
      'Heat (1995) - Michael Mann on LA-behindthescenes.mkv',
    );
    expect(titled('clip', 'Heat - Clip')).toBe('Heat (1995)-clip.mkv');
    expect(titled('trailer', 'Official Trailer #2')).toBe('Heat (1995)-trailer.mkv');
    expect(titled('teaser', 'Teaser')).toBe('Heat (1995)-trailer.mkv');
    expect(titled('short', `${'Very long words '.repeat(10)}end`)).toBe(
      `Heat (1995) - ${'Very long words '.repeat(5).trim()}-short.mkv`,
    );
  });

  it("gives a series' own trailer no Kodi movie name", () => {
    expect(path('kodi', 'next-to-media', slot('trailer'), { media: dark })).toBe(
      'Extras/Dark (2017)-trailer.mkv',
    );
    expect(path('plex', 'next-to-media', slot('trailer'), { media: dark })).toBe('Dark (2017)-trailer.mkv');
  });
});

describe('videoPath: the custom preset and template', () => {
  const custom = (template: string, s: VideoSlot, preset: NamingPreset = 'custom') =>
    videoPath({
      preset,
      profile: profile('custom', template),
      media: heat,
      slot: s,
      facts: { resolution: '1080p' },
    });

  it('renders {type}, {season} and {language}', () => {
    const template = 'Extras/{title} ({year}) S{season} {language} {resolution}-{type}';
    expect(custom(template, slot('clip', { season: 4, language: 'de' }))).toBe(
      'Extras/Heat (1995) S04 de 1080p-scene.mkv',
    );
    expect(custom('{title}-{type}', slot('teaser'))).toBe('Heat-trailer.mkv');
    expect(custom('{title}-{type}', slot('featurette', { ordinal: 2 }))).toBe('Heat (2)-featurette.mkv');
  });

  it('names what a template without {type}, {season} or {language} cannot by the Plex rules', () => {
    expect(custom('{title} [{resolution}]-trailer', slot('trailer'))).toBe('Heat [1080p]-trailer.mkv');
    expect(custom('{title} [{resolution}]-trailer', slot('featurette'))).toBe('Heat (1995)-featurette.mkv');
    expect(custom('{title}-{type}', slot('trailer', { season: 1 }))).toBe(
      'Season 01/Trailers/Heat (1995) Season 01-trailer.mkv',
    );
    expect(custom('{title}-{type}', slot('trailer', { language: 'de' }))).toBe(
      'Heat (1995) [Deutsch]-trailer.mkv',
    );
  });

  it("uses the profile's template under any preset when the profile asks for it", () => {
    expect(custom('{title}-{type}', slot('featurette'), 'jellyfin')).toBe('Heat-featurette.mkv');
    expect(custom('{title} trailer', slot('featurette'), 'jellyfin')).toBe('Heat (1995)-featurette.mkv');
  });

  it("follows the profile's placement under the custom preset when it has no template", () => {
    expect(path('custom', 'trailers-folder', slot('interview'))).toBe('Interviews/Heat (1995)-interview.mkv');
  });
});
