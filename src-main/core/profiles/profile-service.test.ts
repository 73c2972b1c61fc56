import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../create-core';
import { openDatabase, type AppDatabase } from '../db/open-database';
import { EventBus } from '../event-bus';
import { EventLog, repoRoot } from '../library/test-helpers';
import { bundledFfprobePath } from '../tools/ffprobe-path';
import { ProfileService } from './profile-service';

const migrationsFolder = join(repoRoot, 'drizzle');
let dir: string;
let db: AppDatabase;
let events: EventBus;
let log: EventLog;
let service: ProfileService;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trailerdeck profiles '));
  db = openDatabase(join(dir, 'test.db'), migrationsFolder);
  events = new EventBus();
  log = new EventLog(events);
  service = new ProfileService({ db, events });
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const rejection = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('ProfileService', () => {
  it('creates one default profile on the first start, and only then', () => {
    expect(service.list()).toMatchObject([
      { name: 'Default', isDefault: true, enabled: true, maxResolution: '1080', container: 'mkv' },
    ]);
    service.create({ name: 'Small', maxResolution: '480' });
    service.delete(service.list().find((p) => p.name === 'Small')!.id);
    // A restart on the same database must not add a second default.
    new ProfileService({ db, events });
    expect(service.list()).toHaveLength(1);
  });

  it('creates a profile from defaults plus the given fields, and reports the change', () => {
    const created = service.create({
      name: '  4K WebM ',
      maxResolution: '2160',
      container: 'webm',
      videoCodec: 'vp9',
      audioCodec: 'opus',
      subtitlesEnabled: true,
      subtitleLanguages: ['en', 'pt-BR', 'en'],
    });
    expect(created).toMatchObject({
      name: '4K WebM',
      isDefault: false,
      maxResolution: '2160',
      subtitleLanguages: ['en', 'pt-BR'],
      placement: 'next-to-media',
    });
    expect(service.list().map((p) => p.name)).toEqual(['Default', '4K WebM']);
    expect(log.of('profiles:changed')).toEqual([{ profileIds: [created.id] }]);
  });

  it('refuses a name already taken in any case', () => {
    expect(rejection(() => service.create({ name: 'DEFAULT' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'A profile called "DEFAULT" already exists. Choose another name.',
    });
    const other = service.create({ name: 'Other' });
    expect(rejection(() => service.update(other.id, { name: 'default' }))).toMatchObject({
      code: 'INVALID_INPUT',
    });
    // Renaming to its own name in another case is fine.
    expect(service.update(other.id, { name: 'OTHER' }).name).toBe('OTHER');
  });

  it('validates an update merged with the stored profile, and keeps it unchanged when refused', () => {
    const p = service.create({ name: 'Web', container: 'webm', videoCodec: 'vp9' });
    expect(rejection(() => service.update(p.id, { videoCodec: 'h264' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('WebM files cannot hold H.264 video'),
    });
    expect(service.get(p.id).videoCodec).toBe('vp9');
    const updated = service.update(p.id, { container: 'mkv', videoCodec: 'h264', minDurationSeconds: 5 });
    expect(updated).toMatchObject({ container: 'mkv', videoCodec: 'h264', minDurationSeconds: 5 });
    expect(updated.updatedAt >= p.updatedAt).toBe(true);
  });

  it('downloads with the profile asked for, else the default, never with a switched-off one', () => {
    const other = service.create({ name: 'Other', enabled: false });
    expect(service.usable().isDefault).toBe(true);
    expect(() => service.usable(other.id)).toThrow(expect.objectContaining({ code: 'PROFILE_DISABLED' }));
    service.update(other.id, { enabled: true });
    expect(service.usable(other.id).name).toBe('Other');
    expect(() => service.usable(9999)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('refuses to disable the default profile', () => {
    const def = service.list()[0]!;
    expect(rejection(() => service.update(def.id, { enabled: false }))).toMatchObject({
      message: expect.stringContaining('must stay enabled'),
    });
  });

  it('starts a new profile or a copy switched off, so it adds no downloads until the person enables it', () => {
    const def = service.list()[0]!;
    expect(service.create({ name: 'Second' }).enabled).toBe(false);
    expect(service.duplicate(def.id).enabled).toBe(false);
    // Switched on when the person confirmed it in the editor.
    expect(service.create({ name: 'Third', enabled: true }).enabled).toBe(true);
  });

  it('duplicates as "<name> (copy)", numbered when taken, never as default', () => {
    const def = service.list()[0]!;
    const copy = service.duplicate(def.id);
    const copy2 = service.duplicate(def.id);
    expect([copy.name, copy2.name]).toEqual(['Default (copy)', 'Default (copy 2)']);
    expect(copy).toMatchObject({
      isDefault: false,
      maxResolution: def.maxResolution,
      container: def.container,
    });
    expect(service.duplicate(copy.id).name).toBe('Default (copy) (copy)');
  });

  it('moves the default: exactly one at a time, and the new one is enabled', () => {
    const old = service.list()[0]!;
    const other = service.create({ name: 'Other', enabled: false });
    log.clear();
    expect(service.setDefault(other.id)).toMatchObject({ isDefault: true, enabled: true });
    expect(
      service
        .list()
        .filter((p) => p.isDefault)
        .map((p) => p.id),
    ).toEqual([other.id]);
    expect(service.list()[0]!.id).toBe(other.id);
    expect(log.of('profiles:changed')).toEqual([{ profileIds: [old.id, other.id] }]);
  });

  it('refuses deleting the default or the last profile, and deletes others', () => {
    const def = service.list()[0]!;
    expect(rejection(() => service.delete(def.id))).toMatchObject({
      code: 'INVALID_INPUT',
      message: '"Default" is the only profile. Create another one before deleting it.',
    });
    const other = service.create({ name: 'Other' });
    expect(rejection(() => service.delete(def.id))).toMatchObject({
      message:
        '"Default" is the default profile. Make another profile the default first, then delete this one.',
    });
    service.setDefault(other.id);
    service.delete(def.id);
    expect(service.list().map((p) => p.name)).toEqual(['Other']);
  });

  it('answers NOT_FOUND for a profile that does not exist', () => {
    expect(rejection(() => service.update(999, { name: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(rejection(() => service.setDefault(999))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets the database refuse a second default even past the service', () => {
    const other = service.create({ name: 'Other' });
    expect(() =>
      db.$client.prepare('update trailer_profile set is_default = 1 where id = ?').run(other.id),
    ).toThrow(/UNIQUE/);
  });
});

describe('profiles through dispatch', () => {
  let core: Core;
  beforeEach(() => {
    core = createCore({
      dataDir: join(dir, 'core'),
      migrationsFolder,
      ffprobePath: bundledFfprobePath(),
      version: 'test',
    });
  });
  afterEach(() => core.close());

  it.each<[string, unknown]>([
    ['profiles:create', {}],
    ['profiles:create', { name: '' }],
    ['profiles:create', { name: 'x', container: 'avi' }],
    ['profiles:create', { name: 'x', maxResolution: 1080 }],
    ['profiles:create', { name: 'x', minDurationSeconds: -1 }],
    ['profiles:create', { name: 'x', minDurationSeconds: 1.5 }],
    ['profiles:create', { name: 'x', audioLanguage: 'English' }],
    ['profiles:create', { name: 'x', subtitleLanguages: ['en', '--exec'] }],
    ['profiles:create', { name: 'x', isDefault: true }],
    ['profiles:update', { name: 'x' }],
    ['profiles:update', { id: 1, id2: 1 }],
    ['profiles:delete', { id: '1' }],
    ['profiles:duplicate', null],
    ['profiles:setDefault', { id: 0 }],
  ])('refuses %s with %j as INVALID_INPUT', async (name, input) => {
    expect(await core.dispatch(name, input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await core.dispatch('profiles:list', undefined)) as { data: unknown[] }).toMatchObject({
      data: [{ name: 'Default' }],
    });
  });

  it('passes validation messages and NOT_FOUND through', async () => {
    expect(
      await core.dispatch('profiles:create', { name: 'W', container: 'webm', videoCodec: 'h264' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringContaining('WebM files cannot hold H.264 video'),
      },
    });
    expect(await core.dispatch('profiles:delete', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses video wishes that do not go together, naming the field the editor shows it by', async () => {
    expect(await core.dispatch('profiles:create', { name: 'W', wantedVideos: { trailer: 0 } })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        field: 'wantedVideos',
        message: 'A profile wants at least one video (a trailer, a teaser or an extra).',
      },
    });
    expect(await core.dispatch('profiles:create', { name: 'W', onePerLanguage: true })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        field: 'onePerLanguage',
        message: expect.stringContaining('One video per language needs languages'),
      },
    });
    expect(await core.dispatch('profiles:update', { id: 1, languages: ['de', 'en', 'ger'] })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        field: 'languages',
        message: 'German is in the language list twice. Keep it once.',
      },
    });
    // A cap below what the types add up to is allowed: the editor says what it means.
    expect(
      await core.dispatch('profiles:create', {
        name: 'Many',
        wantedVideos: { trailer: 2, featurette: 3 },
        maxVideosPerTitle: 2,
        languages: ['de', 'en'],
        onePerLanguage: true,
      }),
    ).toMatchObject({ ok: true, data: { maxVideosPerTitle: 2, languages: ['de', 'en'] } });
  });

  it('creates, updates, duplicates, makes default and deletes', async () => {
    const created = (await core.dispatch('profiles:create', { name: 'A', container: 'mp4' })) as {
      data: { id: number };
    };
    const id = created.data.id;
    expect(await core.dispatch('profiles:update', { id, maxResolution: '720' })).toMatchObject({
      ok: true,
      data: { name: 'A', maxResolution: '720', container: 'mp4' },
    });
    expect(await core.dispatch('profiles:duplicate', { id })).toMatchObject({ data: { name: 'A (copy)' } });
    expect(await core.dispatch('profiles:setDefault', { id })).toMatchObject({ data: { isDefault: true } });
    expect(await core.dispatch('profiles:delete', { id: 1 })).toEqual({ ok: true, data: { deleted: true } });
  });
});
