import { describe, expect, it } from 'vitest';
import { renderPlacement, sanitizeFileName, templateProblem, type PlacementProfile } from './placement';

const profile = (over: Partial<PlacementProfile> = {}): PlacementProfile => ({
  name: 'Default',
  container: 'mkv',
  placement: 'next-to-media',
  customTemplate: null,
  ...over,
});
const matrix = { title: 'The Matrix', year: 1999 };

describe('renderPlacement', () => {
  it('puts the trailer next to the media as "Title (Year)-trailer.ext"', () => {
    expect(renderPlacement(profile(), matrix)).toBe('The Matrix (1999)-trailer.mkv');
    expect(renderPlacement(profile(), { title: 'Dark', year: null })).toBe('Dark-trailer.mkv');
  });

  it('uses the extension of the file actually written when known', () => {
    expect(renderPlacement(profile({ container: 'mp4' }), matrix)).toBe('The Matrix (1999)-trailer.mp4');
    expect(renderPlacement(profile(), matrix, { ext: 'webm' })).toBe('The Matrix (1999)-trailer.webm');
  });

  it('puts it in a Trailers folder', () => {
    expect(renderPlacement(profile({ placement: 'trailers-folder' }), matrix)).toBe(
      'Trailers/The Matrix (1999)-trailer.mkv',
    );
  });

  it('renders a custom template with every token', () => {
    const custom = profile({
      name: 'Hi-Res',
      placement: 'custom',
      customTemplate: 'Extras/{title} [{year}] {resolution} {vcodec}+{acodec} {youtube_id} ({profile})',
    });
    expect(
      renderPlacement(custom, matrix, {
        resolution: '1080p',
        videoCodec: 'h264',
        audioCodec: 'aac',
        youtubeId: 'vKQi3bBA1y8',
      }),
    ).toBe('Extras/The Matrix [1999] 1080p h264+aac vKQi3bBA1y8 (Hi-Res).mkv');
  });

  it('drops empty brackets and collapses spaces for tokens without a value', () => {
    const custom = profile({ placement: 'custom', customTemplate: '{title} ({year}) {resolution}-trailer' });
    expect(renderPlacement(custom, { title: 'Dark', year: null })).toBe('Dark -trailer.mkv');
  });

  it('sanitises titles holding characters file names cannot', () => {
    expect(renderPlacement(profile(), { title: 'Mission: Impossible', year: 1996 })).toBe(
      'Mission - Impossible (1996)-trailer.mkv',
    );
    expect(renderPlacement(profile(), { title: 'AC/DC: Let There Be Rock?', year: 1980 })).toBe(
      'AC-DC - Let There Be Rock (1980)-trailer.mkv',
    );
    expect(renderPlacement(profile(), { title: 'What "If"*<>|\u0007', year: null })).toBe(
      "What 'If'-trailer.mkv",
    );
    expect(renderPlacement(profile(), { title: '???', year: 2000 })).toBe('Trailer (2000)-trailer.mkv');
  });

  it('keeps a title with "/" or ".." inside the title folder in a custom template', () => {
    const custom = profile({ placement: 'custom', customTemplate: '{title}' });
    expect(renderPlacement(custom, { title: '../../etc/passwd', year: null })).toBe('..-..-etc-passwd.mkv');
    expect(renderPlacement(custom, { title: '..', year: null })).toBe('Trailer.mkv');
  });

  it('keeps non-Latin scripts, emoji and "%" as they are', () => {
    expect(renderPlacement(profile(), { title: '千と千尋の神隠し 🎬 100%', year: 2001 })).toBe(
      '千と千尋の神隠し 🎬 100% (2001)-trailer.mkv',
    );
  });

  it('refuses to render an invalid custom template', () => {
    expect(() =>
      renderPlacement(profile({ placement: 'custom', customTemplate: '../{title}' }), matrix),
    ).toThrow(/cannot contain/);
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['right-to-left override', 'Heat\u202Evkm.exe', 'Heatvkm.exe'],
    ['left-to-right override and pop', '\u202DHeat\u202C', 'Heat'],
    ['embeddings', '\u202AHeat\u202B', 'Heat'],
    ['isolates', '\u2066Heat\u2067 \u2068(1995)\u2069', 'Heat (1995)'],
    ['zero-width space, joiners and word joiner', 'He\u200Bat\u200C\u200D\u2060', 'Heat'],
    ['byte order mark', '\uFEFFHeat', 'Heat'],
    ['soft hyphen', 'Ma\u00ADtrix', 'Matrix'],
    ['C0 and C1 controls', 'Heat\u0000\u001B\u0085\u009F', 'Heat'],
    ['line and paragraph separators', 'Heat\u2028\u2029', 'Heat'],
    ['only invisible characters', '\u202E\u200B', ''],
  ])('removes %s', (_what, value, expected) => {
    expect(sanitizeFileName(value)).toBe(expected);
  });

  it('removes invisible characters from every generated name: title, template and profile', () => {
    expect(renderPlacement(profile(), { title: 'Heat\u202E4pm.exe', year: 1995 })).toBe(
      'Heat4pm.exe (1995)-trailer.mkv',
    );
    const custom = profile({
      name: 'Hi\u200BRes\u2066',
      placement: 'custom',
      customTemplate: '{title} {profile}',
    });
    expect(renderPlacement(custom, { title: '\u202BAlien\u202C', year: null })).toBe('Alien HiRes.mkv');
    expect(renderPlacement(profile(), { title: '\u202E\u200B', year: null })).toBe('Trailer-trailer.mkv');
  });

  it('avoids names Windows reserves and trailing dots', () => {
    expect(sanitizeFileName('CON')).toBe('CON_');
    expect(sanitizeFileName('nul.txt')).toBe('nul.txt_');
    expect(sanitizeFileName('Se7en...')).toBe('Se7en');
  });
});

describe('templateProblem', () => {
  it.each([
    ['{title} ({year})-trailer'],
    ['Trailers/{title} - {resolution}'],
    ['{title}.{youtube_id}'],
    ['trailer'],
    ['{title} S{season} [{language}]-{type}'],
    ['Extras/{title} ({year})-{type}'],
  ])('accepts %j', (template) => {
    expect(templateProblem(template)).toBeNull();
  });

  it.each([
    [null, /is empty/],
    ['   ', /is empty/],
    ['/srv/{title}', /relative to the title's folder/],
    ['C:{title}', /relative to the title's folder/],
    ['Extras\\{title}', /Use "\/"/],
    ['../{title}', /cannot contain "\." or "\.\."/],
    ['Trailers/../../{title}', /cannot contain/],
    ['./{title}', /cannot contain/],
    ['Trailers//{title}', /empty folder name/],
    ['{title}/', /empty folder name/],
    ['{title} {imdb}', /unknown token \{imdb\}/],
    ['{ext}', /unknown token \{ext\}/],
    ['{title', /unmatched/],
    ['{title} <1>', /contains "<"/],
    ['{title}: trailer', /contains ":"/],
    ['{title} "x"', /contains """/],
    ['{title}|', /contains "\|"/],
    ['{title}?', /contains "\?"/],
    ['{title}*', /contains "\*"/],
    ['{title}\u0001', /control character/],
    ['{year}', /empty name/],
    ['Trailers/{youtube_id}', /empty name/],
    ['...', /empty name/],
    ['NUL/{title}', /Windows reserves/],
    ['{title} {Type}', /unknown token \{Type\}/],
    // A title's own trailer has no season or language: these would name nothing.
    ['{season}/{title}', /empty folder name|empty name/],
    ['{type}', /empty name/],
  ])('refuses %j', (template, message) => {
    expect(templateProblem(template)).toMatch(message);
  });
});
