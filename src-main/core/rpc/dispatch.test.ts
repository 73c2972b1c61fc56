import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../errors';
import { createDispatch, type Handlers } from './dispatch';

// Only the handlers a case needs; the dispatcher looks them up by name.
function dispatchWith(partial: Partial<Handlers>, onInternalError = vi.fn()) {
  return { dispatch: createDispatch(partial as Handlers, { onInternalError }), onInternalError };
}

describe('dispatch', () => {
  it('runs the handler with the parsed input and wraps its value', async () => {
    const get = vi.fn(({ mediaId }: { mediaId: number }) => ({ id: mediaId }));
    const { dispatch } = dispatchWith({ 'media:get': get as unknown as Handlers['media:get'] });
    expect(await dispatch('media:get', { mediaId: 5 })).toEqual({ ok: true, data: { id: 5 } });
    expect(get).toHaveBeenCalledWith({ mediaId: 5 });
  });

  it.each([
    ['media:get', { mediaId: '5' }],
    ['media:get', { mediaId: -1 }],
    ['media:get', { mediaId: 1.5 }],
    ['media:get', { mediaId: 1, extra: true }],
    ['media:get', null],
    ['library:addRoot', { path: '' }],
    ['library:addRoot', { path: '/a\0b' }],
    ['library:addRoot', { path: '/m', kind: 'music' }],
  ])('refuses %s with %j as INVALID_INPUT without calling the handler', async (name, input) => {
    const handler = vi.fn();
    const { dispatch } = dispatchWith({ [name]: handler });
    const result = await dispatch(name, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    // The schema's own words, without the name of the field behind them.
    [
      'downloads:enqueue',
      { mediaId: 1, source: `https://a.example/${'x'.repeat(2100)}` },
      'That link is too long.',
    ],
    ['library:addRoot', { path: '' }, 'A folder path is required.'],
    // zod's defaults, reworded: no "Too big", "expected int", field or key names.
    [
      'media:get',
      { mediaId: 1.5 },
      'The window sent something Trailerdeck could not read. Reload the window and try again.',
    ],
    [
      'media:get',
      { mediaId: 1, extra: true },
      'The window sent a setting Trailerdeck does not know. Reload the window and try again.',
    ],
    ['library:addRoot', { path: '/m', kind: 'music' }, 'That is not one of the choices Trailerdeck offers.'],
  ])('words a refused %s for a person, naming no internal field', async (name, input, message) => {
    const { dispatch } = dispatchWith({ [name]: vi.fn() });
    const result = await dispatch(name, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } });
    if (!result.ok) expect(result.error.message).not.toMatch(/\(|mediaId|source|kind|extra/);
  });

  it('says which input it refused apart from the message, for a form to place it', async () => {
    const { dispatch } = dispatchWith({ 'discovery:updateSettings': vi.fn() });
    const result = await dispatch('discovery:updateSettings', { tmdbApiKey: 'k'.repeat(500) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'That key is too long.', field: 'tmdbApiKey' },
    });
  });

  it.each([['nope'], ['__proto__'], ['constructor'], [42], [null]])(
    'refuses unknown procedure %j',
    async (name) => {
      const { dispatch } = dispatchWith({});
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    },
  );

  it('passes AppErrors through with their code and message', async () => {
    const { dispatch } = dispatchWith({
      'media:get': () => {
        throw new AppError('NOT_FOUND', 'No title with id 9.');
      },
    });
    expect(await dispatch('media:get', { mediaId: 9 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No title with id 9.' },
    });
  });

  it('hides unexpected errors behind INTERNAL and reports them', async () => {
    const { dispatch, onInternalError } = dispatchWith({
      'library:listRoots': async () => {
        throw new Error('disk on fire at /secret/path');
      },
    });
    const result = await dispatch('library:listRoots', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(onInternalError).toHaveBeenCalledWith('library:listRoots', expect.any(Error));
  });
});
