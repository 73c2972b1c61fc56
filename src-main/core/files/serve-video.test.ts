// The video route's decisions, on real files and real links in a temporary library: which bytes
// each Range gets, and which recorded files are refused.
import { createReadStream, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerVideoRequest, type VideoAnswer, type VideoFileRecord } from './serve-video';
import { planByteRange } from './byte-range';

let base: string;
let root: string;
let alien: VideoFileRecord;
// 1000 bytes whose values say where they are: byte i is i % 251.
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'td-video-'));
  root = join(base, 'Movies');
  const folder = join(root, 'Alien (1979)');
  mkdirSync(join(folder, 'Trailers'), { recursive: true });
  writeFileSync(join(folder, 'Trailers', 'Alien-trailer.mp4'), bytes);
  alien = { path: join(folder, 'Trailers', 'Alien-trailer.mp4'), folderPath: folder, rootPath: root };
  writeFileSync(join(base, 'passwd.mp4'), 'root:x:0:0:do not serve');
  // A trailer that is a link out of its title folder, and one to another title's trailer.
  const leak = join(root, 'Leak (2000)');
  mkdirSync(leak);
  symlinkSync(join(base, 'passwd.mp4'), join(leak, 'Leak-trailer.mp4'));
  symlinkSync(alien.path, join(leak, 'Other-trailer.mp4'));
  // A title folder that is itself a link out of the library root.
  mkdirSync(join(base, 'Elsewhere'));
  writeFileSync(join(base, 'Elsewhere', 'Away-trailer.mp4'), bytes);
  symlinkSync(join(base, 'Elsewhere'), join(root, 'Away (2001)'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

async function body(answer: VideoAnswer): Promise<Buffer> {
  if (!answer.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  const { file, start, end } = answer.body;
  for await (const chunk of createReadStream(file, { start, end })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('answerVideoRequest', () => {
  it('sends the whole file without a Range, saying ranges are accepted', async () => {
    const answer = await answerVideoRequest(alien, 'GET', null);
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({
      'Accept-Ranges': 'bytes',
      'Content-Length': '1000',
      'Content-Type': 'video/mp4',
    });
    expect(await body(answer)).toEqual(bytes);
  });

  it.each([
    ['the first bytes', 'bytes=0-99', 0, 99],
    ['an open-ended range (a seek)', 'bytes=900-', 900, 999],
    ['a suffix range (the last bytes)', 'bytes=-10', 990, 999],
    ['a range past the end, clamped', 'bytes=990-5000', 990, 999],
    ['a suffix longer than the file', 'bytes=-5000', 0, 999],
  ])('sends %s as 206 partial content', async (_what, range, start, end) => {
    const answer = await answerVideoRequest(alien, 'GET', range);
    expect(answer.status).toBe(206);
    expect(answer.headers['Content-Range']).toBe(`bytes ${start}-${end}/1000`);
    expect(answer.headers['Content-Length']).toBe(String(end - start + 1));
    expect(await body(answer)).toEqual(bytes.subarray(start, end + 1));
  });

  it.each([
    'bytes=1000-',
    'bytes=5000-6000',
    'bytes=50-10',
    'bytes=-0',
    'bytes=-',
    'bytes=abc',
    'bytes=1-2-3',
  ])('answers 416 with the size for an unsatisfiable or malformed range: %s', async (range) => {
    const answer = await answerVideoRequest(alien, 'GET', range);
    expect(answer.status).toBe(416);
    expect(answer.headers['Content-Range']).toBe('bytes */1000');
    expect(answer.body).toBeNull();
  });

  it('sends the whole file for ranges it does not serve (several ranges, another unit)', async () => {
    for (const range of ['bytes=0-1,5-6', 'items=0-1']) {
      const answer = await answerVideoRequest(alien, 'GET', range);
      expect(answer.status, range).toBe(200);
      expect(await body(answer)).toEqual(bytes);
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const answer = await answerVideoRequest(alien, 'HEAD', 'bytes=0-9');
    expect(answer.status).toBe(206);
    expect(answer.headers['Content-Length']).toBe('10');
    expect(answer.body).toBeNull();
  });

  it.each([
    ['a download id that is not recorded', () => null],
    ['a recorded file that is gone', () => ({ ...alien, path: join(alien.folderPath, 'gone.mp4') })],
    ['a recorded path that is a folder', () => ({ ...alien, path: join(alien.folderPath, 'Trailers') })],
    [
      'a trailer linking out of its title folder',
      () => ({
        path: join(root, 'Leak (2000)', 'Leak-trailer.mp4'),
        folderPath: join(root, 'Leak (2000)'),
        rootPath: root,
      }),
    ],
    [
      "a trailer linking to another title's file",
      () => ({
        path: join(root, 'Leak (2000)', 'Other-trailer.mp4'),
        folderPath: join(root, 'Leak (2000)'),
        rootPath: root,
      }),
    ],
    [
      'a title folder linking out of its library root',
      () => ({
        path: join(root, 'Away (2001)', 'Away-trailer.mp4'),
        folderPath: join(root, 'Away (2001)'),
        rootPath: root,
      }),
    ],
    [
      'a recorded path outside its recorded title folder',
      () => ({ path: join(base, 'passwd.mp4'), folderPath: alien.folderPath, rootPath: root }),
    ],
  ])('answers 404 for %s', async (_what, record) => {
    const answer = await answerVideoRequest(record(), 'GET', null);
    expect(answer.status).toBe(404);
    expect(answer.body).toBeNull();
  });
});

describe('planByteRange', () => {
  it('has nothing to send from an empty file but answers whole requests', () => {
    expect(planByteRange(null, 0)).toEqual({ status: 200, start: 0, end: -1 });
    expect(planByteRange('bytes=0-', 0)).toEqual({ status: 416 });
    expect(planByteRange('bytes=-5', 0)).toEqual({ status: 416 });
  });

  it('reads the unit case-insensitively and ignores spaces around the header', () => {
    expect(planByteRange(' Bytes=2-3 ', 10)).toEqual({ status: 206, start: 2, end: 3 });
  });
});
