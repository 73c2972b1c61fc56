import { describe, expect, it } from 'vitest';
import type {
  ArrSyncProgress,
  ArrWebhookInfo,
  NotOnDiskTitle,
  NotOnDiskWindow,
} from '../../src-preload/contract';
import { notOnDiskPage } from './arr-sync-slice';
import { createAppStore } from './create-app-store';
import { fakeApi } from './fake-api';

const progress = (extra: Partial<ArrSyncProgress> = {}): ArrSyncProgress => ({
  connectionId: 2,
  running: true,
  phase: 'linking',
  done: 10,
  total: 40,
  startedAt: '2026-12-04T12:00:00.000Z',
  last: null,
  ...extra,
});

const title = (arrId: number): NotOnDiskTitle => ({
  arrId,
  kind: 'movie',
  title: `Movie ${arrId}`,
  year: 1999,
  remotePath: `/movies/Movie ${arrId} (1999)`,
  localPath: null,
  reason: 'NO_MAPPING',
  message: 'No path mapping says where that is on this machine.',
  suggestion: { remote: '/movies', local: '/mnt/nas/Movies' },
});

describe('Radarr/Sonarr sync slice', () => {
  it('follows a sync from the button through its progress events to its summary', async () => {
    const store = createAppStore(
      fakeApi({ 'connections:sync': () => progress({ done: 0, phase: 'fetching' }) }),
    );
    await store.getState().startArrSync(2);
    expect(store.getState().arrSync[2]).toMatchObject({ running: true, phase: 'fetching' });
    store.getState().onArrSyncProgress(progress({ done: 30 }));
    expect(store.getState().arrSync[2]?.done).toBe(30);
    const last = {
      finishedAt: '2026-12-04T12:01:00.000Z',
      titles: 40,
      linked: 38,
      notOnDisk: 2,
      removed: 0,
      changed: 40,
      idsFilled: 5,
      error: null,
    };
    store.getState().onArrSyncProgress(progress({ running: false, phase: 'done', done: 40, last }));
    expect(store.getState().arrSync[2]).toMatchObject({ running: false, last: { linked: 38 } });
  });

  it('pages through titles not on disk a window at a time, and shows them again after a sync', async () => {
    const asked: unknown[] = [];
    let total = 250;
    const store = createAppStore(
      fakeApi({
        'connections:notOnDisk': (input) => {
          asked.push(input);
          const { offset, limit } = input as { offset: number; limit: number };
          const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) =>
            title(offset + i + 1),
          );
          return { rows, offset, total } satisfies NotOnDiskWindow;
        },
      }),
    );
    await store.getState().showNotOnDisk(2);
    await store.getState().showNotOnDisk(2, notOnDiskPage);
    expect(store.getState().notOnDisk?.window).toMatchObject({ offset: 100, total: 250 });
    expect(store.getState().notOnDisk?.window?.rows).toHaveLength(100);
    expect(asked).toEqual([
      { id: 2, offset: 0, limit: 100 },
      { id: 2, offset: 100, limit: 100 },
    ]);

    // A mapping added and synced: the list starts again from the top, with what is left.
    total = 3;
    store.getState().onArrSyncProgress(progress({ running: false, phase: 'done' }));
    await expect.poll(() => store.getState().notOnDisk?.window?.total).toBe(3);
    expect(store.getState().notOnDisk?.window?.offset).toBe(0);

    await store.getState().showNotOnDisk(null);
    expect(store.getState().notOnDisk).toBeNull();
  });

  it('rotates the webhook password and says the app needs the new one', async () => {
    let password = 'first-secret';
    const info = (): ArrWebhookInfo => ({
      connectionId: 2,
      path: '/api/webhooks/arr/2',
      username: 'trailerdeck',
      password,
      fetchTrailers: false,
    });
    const store = createAppStore(
      fakeApi({
        'connections:webhook': info,
        'connections:updateWebhook': (input) => {
          if ((input as { rotateSecret?: boolean }).rotateSecret) password = 'second-secret';
          return info();
        },
      }),
    );
    await store.getState().loadWebhook(2);
    expect(store.getState().webhooks[2]?.password).toBe('first-secret');
    await store.getState().updateWebhook(2, { rotateSecret: true });
    expect(store.getState().webhooks[2]?.password).toBe('second-secret');
    expect(store.getState().toasts.map((t) => t.message)).toEqual([
      'New webhook password: paste it into the webhook in the app.',
    ]);
  });
});
