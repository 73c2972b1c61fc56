import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src-preload/contract/diagnostics';
import { AppLog, logFileName, quoteCommandLine } from './app-log';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'td-log-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('AppLog', () => {
  it('writes JSON lines to its file and lists the newest first, filtered by level and text', () => {
    const dir = tempDir();
    const log = new AppLog({ dir });
    log.info('scan', 'Scan finished: 3 new titles');
    log.warn('downloads', 'Retrying Heat (1995)');
    log.error(
      'downloads',
      'yt-dlp failed for Heat (1995)',
      "yt-dlp --ignore-config -- 'https://x'\nERROR: 404",
    );
    const lines = readFileSync(join(dir, logFileName), 'utf8').trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as LogEntry).level)).toEqual(['info', 'warn', 'error']);
    expect(log.list().map((e) => e.level)).toEqual(['error', 'warn', 'info']);
    expect(log.list({ level: 'warn' }).map((e) => e.level)).toEqual(['error', 'warn']);
    expect(log.list({ search: 'HEAT' }).map((e) => e.level)).toEqual(['error', 'warn']);
    expect(log.list({ search: '404' })).toHaveLength(1);
    expect(log.list({ afterSeq: 2 }).map((e) => e.seq)).toEqual([3]);
  });

  it('keeps and sends on only the newest entries of a burst, however long the burst', () => {
    const sent: LogEntry[][] = [];
    const log = new AppLog({ dir: tempDir(), memory: 100, onAppended: (entries) => sent.push(entries) });
    // A bulk run finishing thousands of jobs within one flush interval.
    for (let i = 1; i <= 5000; i += 1) log.info('downloads', `Trailer downloaded for Title ${i}`);
    log.close();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toHaveLength(100);
    expect(sent[0]![0]!.message).toBe('Trailer downloaded for Title 4901');
    expect(sent[0]!.at(-1)!.message).toBe('Trailer downloaded for Title 5000');
    expect(log.list({ limit: 5000 })).toHaveLength(100);
  });

  it('rotates the file beyond its size, keeping a few old ones', () => {
    const dir = tempDir();
    const log = new AppLog({ dir, maxBytes: 400, keep: 2 });
    for (let i = 0; i < 40; i += 1) log.info('test', `entry ${i} ${'x'.repeat(40)}`);
    expect(readdirSync(dir).sort()).toEqual([logFileName, `${logFileName}.1`, `${logFileName}.2`]);
    const last = readFileSync(join(dir, logFileName), 'utf8').trim().split('\n').at(-1)!;
    expect((JSON.parse(last) as LogEntry).message).toMatch(/^entry 39 /);
  });

  it('pushes warnings and errors at once and batches the rest', async () => {
    const pushed: LogEntry[][] = [];
    const log = new AppLog({ dir: tempDir(), onAppended: (entries) => pushed.push(entries) });
    log.info('a', 'one');
    log.info('a', 'two');
    expect(pushed).toEqual([]);
    log.error('a', 'three');
    expect(pushed.map((batch) => batch.map((e) => e.message))).toEqual([['one', 'two', 'three']]);
    log.debug('a', 'four');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pushed.at(-1)?.map((e) => e.message)).toEqual(['four']);
  });
});

describe('quoteCommandLine', () => {
  it('quotes what a shell would split or expand, and nothing else', () => {
    expect(
      quoteCommandLine('/usr/bin/yt-dlp', [
        '--ignore-config',
        '-o',
        'trailer.%(ext)s',
        '--',
        'https://x/a b?c=1&d',
      ]),
    ).toBe("/usr/bin/yt-dlp --ignore-config -o 'trailer.%(ext)s' -- 'https://x/a b?c=1&d'");
    expect(quoteCommandLine('ffprobe', ["/m/Amélie's (2001).mkv", ''])).toBe(
      `ffprobe '/m/Amélie'\\''s (2001).mkv' ''`,
    );
  });

  it('redacts secrets in every entry, in the file and in the list alike', () => {
    const dir = tempDir();
    const log = new AppLog({ dir, secrets: () => ['tmdb-key-0123456789'] });
    log.warn(
      'tmdb',
      'TMDB refused tmdb-key-0123456789',
      'GET https://api.themoviedb.org/3/x?api_key=abc&page=1',
    );
    const [entry] = log.list();
    expect(entry!.message).toBe('TMDB refused [redacted]');
    expect(entry!.details).toBe('GET https://api.themoviedb.org/3/x?api_key=[redacted]&page=1');
    const written = readFileSync(join(dir, logFileName), 'utf8');
    expect(written).not.toContain('tmdb-key-0123456789');
    expect(written).not.toContain('api_key=abc');
  });
});
