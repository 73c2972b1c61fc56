// Measures refresh after filing: N titles whose trailers changed together, told to a loopback Plex
// and a loopback Jellyfin (e2e/support fakes) by the real core (real SQLite file, real scan of N
// real title folders, path mappings applied).
//   npm run bench:servers -- --sizes 100,1000
// Prints, per size, the time from the event to both servers being told (the batch window left
// out), and the requests each server received.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startJellyfinFake } from '../e2e/support/jellyfin-fake';
import { startPlexFake } from '../e2e/support/plex-fake';
import { createCore, type Core } from '../src-main/core/create-core';
import { nextEvent } from '../src-main/core/library/test-helpers';
import { bundledFfprobePath } from '../src-main/core/tools/ffprobe-path';

const at = process.argv.indexOf('--sizes');
const sizes = (at >= 0 ? (process.argv[at + 1] ?? '') : '100,1000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0))
  throw new Error('--sizes needs positive whole numbers');

async function call(core: Core, name: string, input?: unknown): Promise<unknown> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

async function bench(size: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'trailerdeck bench servers '));
  const movies = join(dir, 'Movies');
  for (let i = 0; i < size; i += 1) {
    const name = `Film ${i} (${1950 + (i % 70)})`;
    mkdirSync(join(movies, name), { recursive: true });
    writeFileSync(join(movies, name, `${name}.mkv`), '');
  }
  const plex = await startPlexFake({
    token: 'bench-plex',
    sections: [{ key: '1', title: 'Movies', type: 'movie', locations: ['/data/movies'] }],
  });
  const jellyfin = await startJellyfinFake({
    token: 'bench-jellyfin',
    libraries: [{ name: 'Movies', collectionType: 'movies', locations: ['/media/movies'] }],
  });
  const core = createCore({
    dataDir: join(dir, 'data'),
    migrationsFolder: join(import.meta.dirname, '..', 'drizzle'),
    ffprobePath: bundledFfprobePath(),
    version: 'bench',
    mediaServerBatchMs: 1,
  });
  try {
    await core.ready;
    const scanned = nextEvent(core.events, 'scan:finished');
    await call(core, 'library:addRoot', { path: movies, kind: 'movies' });
    await scanned;
    const ids = core.db.$client.prepare('SELECT id FROM media').pluck().all() as number[];
    const servers = [
      { kind: 'plex', url: plex.url, apiKey: 'bench-plex', remote: '/data/movies' },
      { kind: 'jellyfin', url: jellyfin.url, apiKey: 'bench-jellyfin', remote: '/media/movies' },
    ];
    const connectionIds: number[] = [];
    for (const server of servers) {
      const added = (await call(core, 'connections:add', {
        kind: server.kind,
        name: server.kind,
        url: server.url,
        apiKey: server.apiKey,
        pathMappings: [{ remote: server.remote, local: movies }],
      })) as { id: number };
      connectionIds.push(added.id);
    }
    const waiting = new Set(connectionIds);
    const told = nextEvent(core.events, 'connections:changed', (p) => {
      for (const id of p.ids) waiting.delete(id);
      return waiting.size === 0;
    });
    const started = performance.now();
    for (const id of ids) core.events.emit('media:trailersChanged', { mediaIds: [id] });
    await told;
    const ms = performance.now() - started;
    console.log(
      `${size} titles: both servers told in ${ms.toFixed(0)} ms ` +
        `(Plex: ${plex.scans().length} partial scans, ${plex.requests.length} requests; ` +
        `Jellyfin: ${jellyfin.updates().length} call(s) with ${jellyfin.updates()[0]?.length ?? 0} paths)`,
    );
  } finally {
    await core.close();
    await plex.close();
    await jellyfin.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const size of sizes) await bench(size);
