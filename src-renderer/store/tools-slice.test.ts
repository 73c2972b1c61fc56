import { describe, expect, it } from 'vitest';
import type { ToolsStatus } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { fakeApi } from './fake-api';
import { makeTool, makeToolsStatus } from './fake-tools';

const messages = (store: ReturnType<typeof createAppStore>) => store.getState().toasts.map((t) => t.message);

describe('tools slice', () => {
  it('installs yt-dlp: a bar while it downloads, then a toast with the version', async () => {
    let finish: (status: ToolsStatus) => void = () => {};
    const installed = makeToolsStatus({
      tools: [
        makeTool('ytdlp', { source: 'managed', version: '2024.05.01' }),
        makeTool('ffmpeg'),
        makeTool('ffprobe'),
      ],
      managedYtdlp: {
        path: '/data/tools/yt-dlp',
        version: '2024.05.01',
        updateAvailable: false,
        checkedAt: null,
      },
    });
    const store = createAppStore(
      fakeApi({
        'tools:status': () => makeToolsStatus(),
        'tools:installYtdlp': () => new Promise<ToolsStatus>((resolve) => (finish = resolve)),
      }),
    );
    await store.getState().loadTools();
    const install = store.getState().installYtdlp();
    expect(store.getState().toolsBusy).toBe('installing');
    store
      .getState()
      .onInstallProgress({ receivedBytes: 500, totalBytes: 1000, phase: 'downloading', message: null });
    expect(store.getState().installProgress?.receivedBytes).toBe(500);
    // A second click while it runs asks for nothing more.
    await store.getState().installYtdlp();

    finish(installed);
    await install;
    expect(store.getState().toolsBusy).toBeNull();
    expect(store.getState().installProgress).toBeNull();
    expect(store.getState().toolsStatus?.managedYtdlp.version).toBe('2024.05.01');
    expect(messages(store)).toEqual(['Installed yt-dlp 2024.05.01.']);
  });

  it('says "Updated" when a managed copy existed, and when a path set in Settings still wins', async () => {
    const before = makeToolsStatus({
      managedYtdlp: { path: '/d/yt-dlp', version: '2023.03.04', updateAvailable: true, checkedAt: null },
    });
    const after = makeToolsStatus({
      tools: [makeTool('ytdlp', { source: 'settings' }), makeTool('ffmpeg'), makeTool('ffprobe')],
      managedYtdlp: { path: '/d/yt-dlp', version: '2024.05.01', updateAvailable: false, checkedAt: null },
    });
    const store = createAppStore(
      fakeApi({ 'tools:status': () => before, 'tools:installYtdlp': () => after }),
    );
    await store.getState().loadTools();
    await store.getState().installYtdlp();
    expect(messages(store)[0]).toMatch(
      /^Updated yt-dlp to 2024\.05\.01\. Trailerdeck still runs the yt-dlp set in Settings/,
    );
  });

  it('shows a failed install as an error toast and keeps the old status', async () => {
    const store = createAppStore(
      fakeApi({
        'tools:status': () => makeToolsStatus(),
        'tools:installYtdlp': () => {
          throw {
            code: 'FILE_OPERATION_FAILED',
            message: "The downloaded yt-dlp does not match the release's checksum.",
          };
        },
      }),
    );
    await store.getState().loadTools();
    await store.getState().installYtdlp();
    expect(store.getState().toasts).toEqual([
      expect.objectContaining({
        kind: 'error',
        message: "The downloaded yt-dlp does not match the release's checksum.",
      }),
    ]);
    expect(store.getState().installProgress).toBeNull();
    expect(store.getState().toolsStatus?.managedYtdlp.version).toBeNull();
  });

  it('reports what the update check found', async () => {
    const managed = (updateAvailable: boolean) =>
      makeToolsStatus({
        managedYtdlp: { path: '/d', version: '2023.03.04', updateAvailable, checkedAt: 'x' },
      });
    let answer = managed(true);
    const store = createAppStore(fakeApi({ 'tools:checkYtdlpUpdate': () => answer }));
    await store.getState().checkYtdlpUpdate();
    answer = managed(false);
    await store.getState().checkYtdlpUpdate();
    expect(messages(store)).toEqual([
      'A newer yt-dlp is available. Choose Update yt-dlp to install it.',
      'yt-dlp 2023.03.04 is the newest build.',
    ]);
    expect(store.getState().toolsStatus?.managedYtdlp.updateAvailable).toBe(false);
  });

  it('hands a refused path back to the form, and toasts what runs after a good one', async () => {
    const store = createAppStore(
      fakeApi({
        'tools:updateSettings': (input) => {
          const { path } = input as { path: { tool: 'ffmpeg'; value: string | null } };
          if (path.value === '') throw { code: 'INVALID_INPUT', message: 'Enter the path of the program.' };
          return makeToolsStatus({
            tools: [
              makeTool('ytdlp'),
              makeTool('ffmpeg', { path: path.value, source: 'settings' }),
              makeTool('ffprobe'),
            ],
          });
        },
      }),
    );
    const refused = await store.getState().updateToolsSettings({ path: { tool: 'ffmpeg', value: '' } });
    expect(refused?.message).toBe('Enter the path of the program.');
    expect(store.getState().toolsStatus).toBeNull();

    const saved = await store
      .getState()
      .updateToolsSettings({ path: { tool: 'ffmpeg', value: '/opt/ffmpeg' } });
    expect(saved).toBeNull();
    expect(store.getState().toolsStatus?.tools[1]?.source).toBe('settings');
    expect(messages(store)).toEqual(['Trailerdeck now runs ffmpeg 6.0 from /opt/ffmpeg.']);
  });

  it('drops the bar when main says the install is over, whoever started it', () => {
    const store = createAppStore(fakeApi({}));
    store.getState().onToolsChanged(makeToolsStatus({ installing: true }));
    store
      .getState()
      .onInstallProgress({ receivedBytes: 10, totalBytes: null, phase: 'downloading', message: null });
    expect(store.getState().installProgress).not.toBeNull();
    store
      .getState()
      .onInstallProgress({ receivedBytes: 0, totalBytes: null, phase: 'verifying', message: null });
    expect(store.getState().installProgress?.phase).toBe('verifying');
    store.getState().onToolsChanged(makeToolsStatus({ installing: false }));
    expect(store.getState().installProgress).toBeNull();
    expect(store.getState().toolsLoad).toBe('ready');
  });
});
