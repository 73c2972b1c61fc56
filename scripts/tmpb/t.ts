import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedLibrary } from '../../e2e/support/seed-library';
import { createCore } from '../../src-main/core/create-core';
import { bundledFfprobePath } from '../../src-main/core/tools/ffprobe-path';
const words = ['matrix', 'storm', 'echo', 'amelie', 'river', 'night'];
for (const n of [1000, 200000]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'td-t-'));
  seedLibrary(dataDir, n, (i) => ({ title: `${words[i % 6]} ${words[(i * 7) % 6]} ${i}`, year: 1950 + (i % 75), withTrailer: i % 3 === 0 }));
  const core = createCore({ dataDir, migrationsFolder: join(process.cwd(), 'drizzle'), ffprobePath: bundledFfprobePath(), version: 't' });
  await core.ready;
  const calls: [string, unknown][] = [
    ['app:info', undefined], ['library:listRoots', undefined], ['library:scanStatus', undefined],
    ['library:window', { offset: 0, limit: 150, facets: true }], ['discovery:missingCount', {}],
    ['downloads:counts', undefined], ['downloads:activeCounts', undefined], ['profiles:list', undefined],
    ['discovery:needsChoiceWindow', { offset: 0, limit: 100 }], ['downloads:getSettings', undefined], ['discovery:youtubeLane', undefined],
    ['tools:status', undefined], ['connections:list', undefined], ['connections:syncStatus', undefined], ['downloads:progress', undefined],
  ];
  for (const [name, input] of calls) {
    await core.dispatch(name, input);
    const t = performance.now();
    const r = await core.dispatch(name, input);
    const ms = performance.now() - t;
    console.log(n, name, ms.toFixed(2), r.ok ? '' : JSON.stringify(r));
  }
  await core.close();
}
