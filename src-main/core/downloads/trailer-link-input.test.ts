// What the contract lets through as a trailer link (Download trailer, Set trailer link, Find
// trailer's paste box all send it): the real schemas through the real dispatcher; the handlers are
// stand-ins that record what reached them.
import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Handlers } from '../rpc/dispatch';

function dispatchRecording() {
  const enqueue = vi.fn(() => ({}));
  const setSource = vi.fn(() => ({}));
  const dispatch = createDispatch({
    'downloads:enqueue': enqueue,
    'media:setTrailerSource': setSource,
  } as unknown as Handlers);
  return { dispatch, enqueue, setSource };
}

const refusal =
  'A link cannot contain control characters such as a line break or a NUL. Paste the link again.';

describe('a trailer link at the contract', () => {
  it.each([
    ['a NUL', 'https://example.com/a\0b.mp4'],
    ['a line break inside', 'https://example.com/\nwatch?v=1'],
    ['a C1 control', 'https://example.com/\u0085'],
  ])('refuses %s, saying so without naming a field', async (_, source) => {
    const { dispatch, enqueue, setSource } = dispatchRecording();
    expect(await dispatch('downloads:enqueue', { mediaId: 1, source })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: refusal },
    });
    expect(await dispatch('media:setTrailerSource', { mediaId: 1, source })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: refusal },
    });
    expect(enqueue).not.toHaveBeenCalled();
    expect(setSource).not.toHaveBeenCalled();
  });

  it('passes a pasted link with a trailing line break, trimmed, and a YouTube id that starts with "-"', async () => {
    const { dispatch, enqueue, setSource } = dispatchRecording();
    expect(
      await dispatch('downloads:enqueue', { mediaId: 1, source: 'https://youtu.be/x\r\n' }),
    ).toMatchObject({
      ok: true,
    });
    expect(enqueue).toHaveBeenCalledWith({ mediaId: 1, source: 'https://youtu.be/x' });
    expect(await dispatch('media:setTrailerSource', { mediaId: 1, source: '-dQw4w9WgXc' })).toMatchObject({
      ok: true,
    });
    expect(await dispatch('media:setTrailerSource', { mediaId: 1, source: null })).toMatchObject({
      ok: true,
    });
    expect(setSource).toHaveBeenCalledTimes(2);
  });
});
