import { describe, expect, it, vi } from 'vitest';
import type { DownloadSettings } from '../../src-preload/contract/downloads';
import type { Dispatch } from '../core/rpc/dispatch';
import { callCore, CoreCallError, downloadQueueClient } from './core-calls';

const settings: DownloadSettings = {
  concurrency: 2,
  youtubePauseSeconds: 10,
  maxAttempts: 3,
  allPaused: true,
};

describe('callCore', () => {
  it('returns the data of a successful call', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, data: settings }));
    await expect(callCore(dispatch, 'downloads:pauseAll', {})).resolves.toEqual(settings);
    expect(dispatch).toHaveBeenCalledWith('downloads:pauseAll', {});
  });

  it('throws the error a failed call returned, with its code', async () => {
    const dispatch: Dispatch = async () => ({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside Trailerdeck.' },
    });
    const call = callCore(dispatch, 'downloads:resumeAll', {});
    await expect(call).rejects.toBeInstanceOf(CoreCallError);
    await expect(call).rejects.toMatchObject({
      procedure: 'downloads:resumeAll',
      error: { code: 'INTERNAL' },
      message: 'downloads:resumeAll failed (INTERNAL): Something went wrong inside Trailerdeck.',
    });
  });
});

describe('downloadQueueClient', () => {
  it('asks the core for what the tray and the notifications need', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, data: [] }));
    const queue = downloadQueueClient(dispatch);
    await queue.countActive();
    await queue.getSettings();
    await queue.pauseAll();
    await queue.resumeAll();
    await queue.trailers(12);
    expect(dispatch.mock.calls).toEqual([
      ['downloads:activeCounts', {}],
      ['downloads:getSettings', {}],
      ['downloads:pauseAll', {}],
      ['downloads:resumeAll', {}],
      ['media:trailers', { mediaId: 12 }],
    ]);
  });
});
