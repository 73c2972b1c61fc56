import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DiagnosticsReport } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { fakeApi } from './fake-api';
import { makeFolder, makeReport } from './fake-tools';

const reportText = 'Trailerdeck 0.5.0\nyt-dlp 2023.03.04 (System)\n';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('diagnostics slice', () => {
  it('folds runs asked for during one into a single extra run with the newest result', async () => {
    const calls: string[] = [];
    let count = 0;
    const store = createAppStore(
      fakeApi(
        {
          'diagnostics:run': (): DiagnosticsReport => {
            count += 1;
            return makeReport({
              folders: Array.from({ length: count }, (_, i) => makeFolder({ rootId: i + 1 })),
            });
          },
        },
        calls,
      ),
    );
    const first = store.getState().runDiagnostics();
    expect(store.getState().diagnosticsStatus).toBe('loading');
    await Promise.all([first, store.getState().runDiagnostics(), store.getState().runDiagnostics()]);
    expect(calls.filter((c) => c === 'diagnostics:run')).toHaveLength(2);
    expect(store.getState().diagnostics?.folders).toHaveLength(2);
    expect(store.getState().diagnosticsStatus).toBe('ready');
  });

  it('keeps the last report when a run fails, with the error', async () => {
    let fail = false;
    const store = createAppStore(
      fakeApi({
        'diagnostics:run': () => {
          if (fail) throw { code: 'INTERNAL', message: 'Something went wrong.' };
          return makeReport();
        },
      }),
    );
    await store.getState().runDiagnostics();
    fail = true;
    await store.getState().runDiagnostics();
    expect(store.getState().diagnosticsStatus).toBe('error');
    expect(store.getState().diagnosticsError?.message).toBe('Something went wrong.');
    expect(store.getState().diagnostics).not.toBeNull();
  });

  it('copies the report to the clipboard and says so', async () => {
    const written: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void written.push(text) } });
    const store = createAppStore(fakeApi({ 'diagnostics:report': () => ({ text: reportText }) }));
    await store.getState().copyDiagnostics();
    expect(written).toEqual([reportText]);
    expect(store.getState().diagnosticsCopyFallback).toBeNull();
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['Diagnostics copied to the clipboard.']);
  });

  it('offers the text for copying by hand when the browser refuses the clipboard', async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: () => Promise.reject(new Error('Write permission denied.')) },
    });
    const store = createAppStore(fakeApi({ 'diagnostics:report': () => ({ text: reportText }) }));
    await store.getState().copyDiagnostics();
    expect(store.getState().diagnosticsCopyFallback).toBe(reportText);
    expect(store.getState().toasts[0]?.kind).toBe('info');
    expect(store.getState().copyingDiagnostics).toBe(false);
    store.getState().closeDiagnosticsFallback();
    expect(store.getState().diagnosticsCopyFallback).toBeNull();
  });

  it('offers the text when there is no clipboard at all (plain http)', async () => {
    vi.stubGlobal('navigator', {});
    const store = createAppStore(fakeApi({ 'diagnostics:report': () => ({ text: reportText }) }));
    await store.getState().copyDiagnostics();
    expect(store.getState().diagnosticsCopyFallback).toBe(reportText);
  });

  it('marks the first run as done only when main accepted it', async () => {
    let refuse = true;
    const store = createAppStore(
      fakeApi({
        'app:info': () => ({ version: '1', nativeFolderPicker: false, dataDir: '/d', firstRunPending: true }),
        'library:listRoots': () => [],
        'library:scanStatus': () => null,
        'diagnostics:dismissFirstRun': () => {
          if (refuse) throw { code: 'INTERNAL', message: 'The settings could not be saved.' };
          return { dismissed: true };
        },
      }),
    );
    await store.getState().loadLibrary();
    await store.getState().dismissFirstRun();
    expect(store.getState().appInfo?.firstRunPending).toBe(true);
    expect(store.getState().toasts[0]?.message).toBe('The settings could not be saved.');
    refuse = false;
    await store.getState().dismissFirstRun();
    expect(store.getState().appInfo?.firstRunPending).toBe(false);
  });
});
