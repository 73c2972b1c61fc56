// The YouTube preview setting on real parts: the real core and its dispatcher (the contract's zod
// schema), a real SQLite file with the real migrations, and the value a restart reads back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../create-core';
import { repoRoot } from '../library/test-helpers';
import { bundledFfprobePath } from '../tools/ffprobe-path';

const migrationsFolder = join(repoRoot, 'drizzle');
let dir: string;
let core: Core;

const open = () =>
  createCore({
    dataDir: join(dir, 'core'),
    migrationsFolder,
    ffprobePath: bundledFfprobePath(),
    version: 'test',
  });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trailerdeck discovery settings '));
  core = open();
});
afterEach(async () => {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the YouTube preview setting', () => {
  it('is off until the person turns it on, and stays on after a restart', async () => {
    expect(await core.dispatch('discovery:getSettings', undefined)).toMatchObject({
      ok: true,
      data: { youtubePreview: false },
    });

    const saved = await core.dispatch('discovery:updateSettings', { youtubePreview: true });
    expect(saved).toMatchObject({ ok: true, data: { youtubePreview: true, searchResults: 10 } });

    await core.close();
    core = open();
    expect(await core.dispatch('discovery:getSettings', undefined)).toMatchObject({
      ok: true,
      data: { youtubePreview: true },
    });
  });

  it.each<[unknown]>([['yes'], [1], [null], ['true']])(
    'refuses %j as INVALID_INPUT, naming the setting, and keeps what was stored',
    async (value) => {
      await core.dispatch('discovery:updateSettings', { youtubePreview: true });
      const refused = await core.dispatch('discovery:updateSettings', { youtubePreview: value });
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'youtubePreview' } });
      expect(await core.dispatch('discovery:getSettings', undefined)).toMatchObject({
        data: { youtubePreview: true },
      });
    },
  );

  it('reads a hand-edited value that is not true or false as off', async () => {
    core.db.$client
      .prepare(`INSERT OR REPLACE INTO app_setting (key, value, updated_at) VALUES ('discovery', ?, '')`)
      .run(JSON.stringify({ youtubePreview: 'yes' }));
    expect(await core.dispatch('discovery:getSettings', undefined)).toMatchObject({
      data: { youtubePreview: false },
    });
  });
});
