// Shared by the download tests: a whole core (real database, real yt-dlp, real ffprobe) with a small
// movie library, a loopback media server with generated media, and ways to wait on job states.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DownloadJob, JobStatus } from '../../../src-preload/contract/downloads';
import type {
  ProcedureInput,
  ProcedureName,
  ProcedureOutput,
} from '../../../src-preload/contract/procedures';
import { makeDownloadMedia, type DownloadMedia } from '../../../e2e/support/download-media';
import { startMediaServer, type MediaServer } from '../../../e2e/support/media-server';
import { createCore, type Core, type CoreOptions } from '../create-core';
import { EventLog, nextEvent, repoRoot } from '../library/test-helpers';
import { bundledFfprobePath } from '../tools/ffprobe-path';

export interface MediaHost {
  dir: string;
  media: DownloadMedia;
  server: MediaServer;
  close(): Promise<void>;
}

/** Generated media behind a loopback server; one per test file (ffmpeg takes a second or two). */
export async function startMediaHost(): Promise<MediaHost> {
  const dir = mkdtempSync(join(tmpdir(), 'trailerdeck media '));
  const media = makeDownloadMedia(dir);
  const server = await startMediaServer(dir);
  return {
    dir,
    media,
    server,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface DownloadApp {
  dir: string;
  core: Core;
  log: EventLog;
  /** Title folders by name, inside the movies root. */
  folder(name: string): string;
  mediaId(name: string): number;
  call<K extends ProcedureName>(name: K, input?: ProcedureInput<K>): Promise<ProcedureOutput<K>>;
  /** Resolves when the job reaches one of the statuses (from the events, never by sleeping). */
  waitFor(jobId: number, statuses: JobStatus | JobStatus[]): Promise<DownloadJob>;
  /** Closes the core and opens a new one on the same data; `atLaunch` runs before it is ready. */
  restart(atLaunch?: (core: Core) => void): Promise<void>;
  close(): Promise<void>;
}

export const titles = ['Heat (1995)', 'Alien (1979)', 'Amélie (2001)', 'Arrival (2016)'] as const;

/** A core on a fresh data folder with a movies library of `titles`, scanned and ready. */
export async function openDownloadApp(
  options: Partial<CoreOptions> = {},
  titleNames: readonly string[] = titles,
): Promise<DownloadApp> {
  const dir = mkdtempSync(join(tmpdir(), 'trailerdeck downloads '));
  const movies = join(dir, 'Movies');
  for (const title of titleNames) {
    mkdirSync(join(movies, title), { recursive: true });
    writeFileSync(join(movies, title, `${title}.mkv`), '');
  }
  const coreOptions: CoreOptions = {
    dataDir: join(dir, 'data'),
    migrationsFolder: join(repoRoot, 'drizzle'),
    ffprobePath: bundledFfprobePath(),
    version: 'test',
    downloadQueue: { retryBaseDelayMs: 50, retryMaxDelayMs: 200 },
    ...options,
  };
  let core = createCore(coreOptions);
  let log = new EventLog(core.events);
  const ids = new Map<string, number>();

  const call = async <K extends ProcedureName>(name: K, input?: ProcedureInput<K>) => {
    const result = await core.dispatch(name, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.data as ProcedureOutput<K>;
  };

  const app: DownloadApp = {
    dir,
    get core() {
      return core;
    },
    get log() {
      return log;
    },
    folder: (name) => join(movies, name),
    mediaId: (name) => {
      const id = ids.get(name);
      if (id === undefined) throw new Error(`no title ${name}`);
      return id;
    },
    call,
    async waitFor(jobId, statuses) {
      const wanted = Array.isArray(statuses) ? statuses : [statuses];
      const current = core.downloads.store.get(jobId);
      if (wanted.includes(current.status)) return current;
      await nextEvent(core.events, 'downloads:changed', (p) =>
        p.changes.some((j) => j.id === jobId && wanted.includes(j.status)),
      );
      return core.downloads.store.get(jobId);
    },
    async restart(atLaunch) {
      await core.close();
      core = createCore(coreOptions);
      log = new EventLog(core.events);
      atLaunch?.(core);
      await core.ready;
    },
    async close() {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };

  await core.ready;
  const scanned = nextEvent(core.events, 'scan:finished');
  await call('library:addRoot', { path: movies, kind: 'movies' });
  await scanned;
  const titles = core.db.$client.prepare<[], { id: number; title: string; year: number | null }>(
    'SELECT id, title, year FROM media',
  );
  for (const media of titles.all()) ids.set(`${media.title} (${media.year})`, media.id);
  // The generated clips are a second or two long: no duration bounds for the default profile.
  const profile = (await call('profiles:list')).find((p) => p.isDefault);
  if (profile)
    await call('profiles:update', { id: profile.id, minDurationSeconds: null, maxDurationSeconds: null });
  return app;
}
