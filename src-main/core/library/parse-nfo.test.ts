import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeNfoBytes, NFO_MAX_BYTES, parseNfo, readNfoFile } from './parse-nfo';

const KODI_MOVIE = `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<!-- created on 2023-01-01 - Kodi -->
<movie>
    <title>The Matrix</title>
    <originaltitle>The Matrix</originaltitle>
    <ratings>
        <rating name="imdb" max="10" default="true"><value>8.7</value><votes>1900000</votes></rating>
    </ratings>
    <plot>A hacker learns the <i>truth</i> &amp; fights.</plot>
    <thumb aspect="poster">https://image.tmdb.org/t/p/original/x.jpg</thumb>
    <uniqueid type="imdb" default="true">tt0133093</uniqueid>
    <uniqueid type="tmdb">603</uniqueid>
    <genre>Action</genre>
    <set><name>The Matrix Collection</name><overview></overview></set>
    <premiered>1999-03-30</premiered>
    <trailer>plugin://plugin.video.youtube/?action=play_video&amp;videoid=vKQi3bBA1y8</trailer>
    <actor><name>Keanu Reeves</name><role>Neo</role><title>not the movie title</title></actor>
    <fileinfo><streamdetails><video><codec>h264</codec></video></streamdetails></fileinfo>
</movie>
https://www.imdb.com/title/tt9999999/`;

const JELLYFIN_SHOW = `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<tvshow>
  <plot><![CDATA[Walter White, a chemistry teacher & father…]]></plot>
  <lockdata>false</lockdata>
  <title>Breaking Bad</title>
  <year>2008</year>
  <imdb_id>tt0903747</imdb_id>
  <tvdbid>81189</tvdbid>
  <tmdbid>1396</tmdbid>
  <trailer>https://www.youtube.com/watch?v=HhesaQXLuRY&amp;t=3s</trailer>
  <premiered>2008-01-20</premiered>
</tvshow>`;

describe('parseNfo', () => {
  it('reads a Kodi movie.nfo: title, year from premiered, unique ids, YouTube trailer', () => {
    expect(parseNfo(KODI_MOVIE)).toEqual({
      title: 'The Matrix',
      year: 1999,
      imdbId: 'tt0133093',
      tmdbId: '603',
      tvdbId: null,
      trailerYoutubeId: 'vKQi3bBA1y8',
    });
  });

  it('reads a Jellyfin tvshow.nfo with legacy id tags and CDATA', () => {
    expect(parseNfo(JELLYFIN_SHOW)).toEqual({
      title: 'Breaking Bad',
      year: 2008,
      imdbId: 'tt0903747',
      tmdbId: '1396',
      tvdbId: '81189',
      trailerYoutubeId: 'HhesaQXLuRY',
    });
  });

  it('decodes entities in titles', () => {
    expect(
      parseNfo('<movie><title>Tom &amp; Jerry &#8211; &#x201C;Quoted&#x201D;</title></movie>').title,
    ).toBe('Tom & Jerry – “Quoted”');
    expect(parseNfo('<movie><title><![CDATA[Fast & Furious &amp; more]]></title></movie>').title).toBe(
      'Fast & Furious &amp; more',
    );
  });

  it('reads older Kodi <id> tags: IMDb for movies, TVDB for shows', () => {
    expect(parseNfo('<movie><id>tt0113277</id></movie>').imdbId).toBe('tt0113277');
    expect(parseNfo('<tvshow><id>81189</id></tvshow>').tvdbId).toBe('81189');
    expect(parseNfo('<movie><id>949</id></movie>')).toMatchObject({ tmdbId: null, tvdbId: null });
  });

  it('survives malformed files and keeps what it can', () => {
    // Unclosed title, mismatched closing tag, stray '<', unknown entity, missing root close.
    const broken = `<movie>
      <title>Heat<year>1995</year>
      <plot>a < b &bogus; </plott>
      <uniqueid type="imdb">tt0113277</uniqueid>`;
    expect(parseNfo(broken)).toMatchObject({ title: 'Heat', year: 1995, imdbId: 'tt0113277' });
    expect(parseNfo('<movie><title>Only a title')).toMatchObject({ title: 'Only a title' });
    expect(parseNfo('<<<>>></movie><movie')).toMatchObject({ title: null, year: null });
    expect(parseNfo('')).toMatchObject({ title: null });
    expect(parseNfo('<movie><title attr="a>b">Quoted attr</title></movie>').title).toBe('Quoted attr');
  });

  it('refuses values that are not ids or years', () => {
    const nfo = `<movie><title>X</title><year>99</year><releasedate>soon</releasedate>
      <uniqueid type="imdb">0133093</uniqueid><uniqueid type="tmdb">six</uniqueid>
      <trailer>https://vimeo.com/12345</trailer></movie>`;
    expect(parseNfo(nfo)).toEqual({
      title: 'X',
      year: null,
      imdbId: null,
      tmdbId: null,
      tvdbId: null,
      trailerYoutubeId: null,
    });
  });

  it('reads a plain IMDb URL NFO, and ignores XML roots it does not know', () => {
    expect(parseNfo('https://www.imdb.com/title/tt0133093/')).toMatchObject({
      imdbId: 'tt0133093',
      title: null,
    });
    expect(parseNfo('<musicvideo><title>Song</title></musicvideo>').title).toBeNull();
  });

  it('does not take titles from nested elements', () => {
    expect(parseNfo('<movie><actor><title>Neo</title></actor></movie>').title).toBeNull();
  });
});

describe('decodeNfoBytes', () => {
  it('handles UTF-8 with BOM, UTF-16, Windows-1252, and refuses binary', () => {
    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<movie><title>Amélie</title></movie>'),
    ]);
    expect(parseNfo(decodeNfoBytes(utf8) ?? '').title).toBe('Amélie');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<movie><title>Amélie</title></movie>', 'utf16le'),
    ]);
    expect(parseNfo(decodeNfoBytes(utf16) ?? '').title).toBe('Amélie');
    const latin1 = Buffer.from('<movie><title>Amélie</title></movie>', 'latin1');
    expect(parseNfo(decodeNfoBytes(latin1) ?? '').title).toBe('Amélie');
    expect(decodeNfoBytes(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 1]))).toBeNull();
  });
});

describe('readNfoFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'td-nfo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a real file and reports its stats', () => {
    const path = join(dir, 'movie.nfo');
    writeFileSync(path, KODI_MOVIE);
    const result = readNfoFile(path);
    expect(result.info.title).toBe('The Matrix');
    expect(result.size).toBe(Buffer.byteLength(KODI_MOVIE));
  });

  it('reads at most NFO_MAX_BYTES of a huge file', () => {
    const path = join(dir, 'huge.nfo');
    const padding = `<plot>${'x'.repeat(NFO_MAX_BYTES)}</plot>`;
    writeFileSync(path, `<movie><title>Huge</title>${padding}<year>2001</year></movie>`);
    const result = readNfoFile(path);
    expect(result.info.title).toBe('Huge');
    // The year lies past the cap: it was not read.
    expect(result.info.year).toBeNull();
  });

  it('gives nothing for a binary file named .nfo', () => {
    const path = join(dir, 'video.nfo');
    writeFileSync(path, Buffer.from([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]));
    expect(readNfoFile(path).info).toMatchObject({ title: null, imdbId: null });
  });
});
