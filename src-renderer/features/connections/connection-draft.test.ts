import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../src-preload/contract';
import {
  errorField,
  mappingRow,
  newDraft,
  toAddInput,
  toDraft,
  toPatch,
  toTestInput,
} from './connection-draft';

const saved: Connection = {
  id: 4,
  kind: 'radarr',
  name: 'Radarr',
  url: 'http://nas:7878',
  urlBase: '/radarr',
  hasApiKey: true,
  enabled: true,
  pathMappings: [{ remote: '/movies', local: '/mnt/nas/Movies' }],
  sync: { onlyMonitored: true, onlyWithFile: false, syncIntervalHours: 12 },
  lastTest: null,
  lastError: null,
  lastRefresh: null,
  createdAt: '2026-12-04T12:00:00.000Z',
  updatedAt: '2026-12-04T12:00:00.000Z',
};

describe('connection draft', () => {
  it('leaves rows left empty out, and says what is wrong with the interval before asking main', () => {
    const draft = {
      ...newDraft('radarr'),
      name: 'R',
      mappings: [mappingRow('/tv', '/srv/tv'), mappingRow()],
    };
    expect(toAddInput(draft)).toMatchObject({
      ok: true,
      input: { pathMappings: [{ remote: '/tv', local: '/srv/tv' }], sync: { syncIntervalHours: 6 } },
    });
    expect(toAddInput({ ...draft, syncIntervalHours: '1.5' })).toEqual({
      ok: false,
      errors: { 'sync.syncIntervalHours': expect.stringMatching(/whole number of hours/) },
    });
    // Media servers have no sync.
    expect(toAddInput({ ...newDraft('plex'), syncIntervalHours: 'x' })).toMatchObject({
      input: { sync: null },
    });
  });

  it('keeps the stored key when the key field is left empty on an edit', () => {
    const patch = toPatch(toDraft(saved));
    expect(patch).toMatchObject({ ok: true });
    expect(patch.ok && 'apiKey' in patch.patch).toBe(false);
    expect(toPatch({ ...toDraft(saved), apiKey: 'new-key' })).toMatchObject({ patch: { apiKey: 'new-key' } });
  });

  it('tests the saved connection as it is, or the edited address with the stored key', () => {
    expect(toTestInput(toDraft(saved), saved)).toEqual({ id: 4 });
    expect(toTestInput({ ...toDraft(saved), url: 'http://nas:7878/', urlBase: 'radarr' }, saved)).toEqual({
      id: 4,
    });
    expect(toTestInput({ ...toDraft(saved), url: 'http://nas2:7878', apiKey: 'k2' }, saved)).toEqual({
      id: 4,
      url: 'http://nas2:7878',
      apiKey: 'k2',
    });
    expect(toTestInput({ ...newDraft('sonarr'), url: 'http://a', apiKey: 'k' }, null)).toEqual({
      kind: 'sonarr',
      url: 'http://a',
      urlBase: '',
      apiKey: 'k',
    });
  });

  it("places main's refusal by the field it names (an edit's under patch.)", () => {
    const refusal = (field?: string) => ({ code: 'INVALID_INPUT' as const, message: 'No.', field });
    expect(errorField(refusal('url'))).toBe('url');
    expect(errorField(refusal('patch.pathMappings.1.local'))).toBe('pathMappings.1.local');
    expect(errorField(refusal('sync.syncIntervalHours'))).toBe('sync.syncIntervalHours');
    expect(errorField(refusal('kind'))).toBeNull();
    expect(errorField(refusal())).toBeNull();
    expect(errorField({ code: 'NOT_FOUND', message: 'Gone.' })).toBeNull();
  });
});
