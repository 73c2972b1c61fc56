import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, posterIdFor, privilegedSchemes, rendererFileFor } from './app-protocol';
import { contentSecurityPolicy } from '../core/files/content-security-policy';
import type { VideoFileRecord } from '../core/files/serve-video';

let root: string;
let rendererDir: string;
let handle: (request: Request) => Promise<Response>;
const posters = new Map<number, string>();
const videos = new Map<number, VideoFileRecord>();
const videoBytes = Buffer.from(Array.from({ length: 600 }, (_, i) => i % 256));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'td-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("hi")');
  writeFileSync(join(rendererDir, 'assets', 'élan 100%.css'), 'body{}');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  // A link inside the renderer folder that leads out of it.
  symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'assets', 'linked.txt'));
  symlinkSync(root, join(rendererDir, 'outside'));
  const posterDir = join(root, 'Alien (1979)');
  mkdirSync(posterDir);
  writeFileSync(join(posterDir, 'poster.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  writeFileSync(join(posterDir, 'movie.nfo'), '<movie/>');
  posters.set(7, join(posterDir, 'poster.jpg'));
  posters.set(8, join(posterDir, 'movie.nfo'));
  posters.set(9, join(posterDir, 'gone.jpg'));
  // Posters that are links out of their title folder: to a private file, and to another title's picture.
  const linkedDir = join(root, 'Heat (1995)');
  mkdirSync(linkedDir);
  symlinkSync(join(root, 'secret.txt'), join(linkedDir, 'poster.jpg'));
  symlinkSync(join(posterDir, 'poster.jpg'), join(linkedDir, 'folder.jpg'));
  posters.set(10, join(linkedDir, 'poster.jpg'));
  posters.set(11, join(linkedDir, 'folder.jpg'));
  // Videos: a trailer in its title folder, and one that links out of its folder.
  writeFileSync(join(posterDir, 'Alien (1979)-trailer.mp4'), videoBytes);
  videos.set(21, {
    path: join(posterDir, 'Alien (1979)-trailer.mp4'),
    folderPath: posterDir,
    rootPath: root,
  });
  symlinkSync(join(root, 'secret.txt'), join(linkedDir, 'Heat (1995)-trailer.mp4'));
  videos.set(22, { path: join(linkedDir, 'Heat (1995)-trailer.mp4'), folderPath: linkedDir, rootPath: root });
  handle = createAppRequestHandler({
    rendererDir,
    posterPath: (id) => posters.get(id) ?? null,
    videoFile: (id) => videos.get(id) ?? null,
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, init?: RequestInit) => handle(new Request(url, init));

describe('app protocol', () => {
  it('serves the renderer with its content type and the CSP', async () => {
    const page = await get('app://trailerdeck/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('id="root"');

    const root = await get('app://trailerdeck/');
    expect(await root.text()).toContain('id="root"');

    const script = await get('app://trailerdeck/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("hi")');

    const css = await get(`app://trailerdeck/assets/${encodeURIComponent('élan 100%.css')}`);
    expect(css.status).toBe(200);
    expect(await css.text()).toBe('body{}');
  });

  it('never follows a symlink out of the renderer folder', async () => {
    for (const path of ['assets/linked.txt', 'outside/secret.txt']) {
      const response = await get(`app://trailerdeck/${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    }
  });

  it('answers client-side routes with index.html but missing files with 404', async () => {
    const route = await get('app://trailerdeck/library/12');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('id="root"');
    expect((await get('app://trailerdeck/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://trailerdeck/%2e%2e/secret.txt',
    'app://trailerdeck/assets/..%2f..%2fsecret.txt',
    'app://trailerdeck/assets/..%5c..%5csecret.txt',
    'app://trailerdeck/index.html%00.js',
    'app://trailerdeck/%E0%A4%A',
    'app://elsewhere/index.html',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('refuses methods other than GET and HEAD, and sends no body for HEAD', async () => {
    expect((await get('app://trailerdeck/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await get('app://trailerdeck/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves a title poster from the core, cacheable because its URL carries a version', async () => {
    const poster = await get('app://trailerdeck/posters/7?v=abc');
    expect(poster.status).toBe(200);
    expect(poster.headers.get('content-type')).toBe('image/jpeg');
    expect(poster.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await poster.arrayBuffer())).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  });

  it.each([
    ['a title without poster', 'app://trailerdeck/posters/1?v=a'],
    ['a poster path that is not an image', 'app://trailerdeck/posters/8?v=a'],
    ['a poster file that vanished', 'app://trailerdeck/posters/9?v=a'],
    ['a non-numeric id', 'app://trailerdeck/posters/7abc'],
    ['a nested path', 'app://trailerdeck/posters/7/../../secret.txt'],
    ['a poster.jpg linking to a private file', 'app://trailerdeck/posters/10?v=a'],
    ["a poster linking to another folder's picture", 'app://trailerdeck/posters/11?v=a'],
  ])('answers 404 for %s', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
  });
});

describe('app protocol videos', () => {
  it('streams a filed video by its download id, in the ranges a <video> asks for', async () => {
    const whole = await get('app://trailerdeck/videos/21');
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(videoBytes);

    const seek = await get('app://trailerdeck/videos/21', { headers: { Range: 'bytes=500-' } });
    expect(seek.status).toBe(206);
    expect(seek.headers.get('content-range')).toBe('bytes 500-599/600');
    expect(Buffer.from(await seek.arrayBuffer())).toEqual(videoBytes.subarray(500));

    const suffix = await get('app://trailerdeck/videos/21', { headers: { Range: 'bytes=-4' } });
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(videoBytes.subarray(596));

    const beyond = await get('app://trailerdeck/videos/21', { headers: { Range: 'bytes=600-' } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */600');

    const head = await get('app://trailerdeck/videos/21', { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('600');
    expect(await head.text()).toBe('');
  });

  it.each([
    ['a video linking out of its title folder', 'app://trailerdeck/videos/22'],
    ['a download id that is not recorded', 'app://trailerdeck/videos/23'],
    ['a path instead of an id', 'app://trailerdeck/videos/..%2fsecret.txt'],
  ])('answers 404 for %s', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
  });
});

describe('rendererFileFor and posterIdFor', () => {
  it('maps paths inside the folder only', () => {
    expect(rendererFileFor('/r', '/')).toBe(join('/r', 'index.html'));
    expect(rendererFileFor('/r', '/assets/a.js')).toBe(join('/r', 'assets', 'a.js'));
    expect(rendererFileFor('/r', '/a/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
  });

  it('reads only plain positive ids', () => {
    expect(posterIdFor('/posters/12')).toBe(12);
    expect(posterIdFor('/posters/0')).toBeNull();
    expect(posterIdFor('/posters/-1')).toBeNull();
    expect(posterIdFor('/posters/99999999999999999')).toBeNull();
    expect(posterIdFor('/assets/12')).toBeNull();
  });
});

describe('privilegedSchemes', () => {
  it('makes app:// a standard, secure origin that module scripts can load from', () => {
    expect(privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        // `stream`: a <video> plays the streamed answers of /videos/.
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
          stream: true,
        }),
      }),
    ]);
    expect(privilegedSchemes[0]?.privileges?.bypassCSP).toBeFalsy();
  });
});
