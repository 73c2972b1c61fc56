import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src-preload/contract';
import { createAppStore } from './create-app-store';
import { fakeApi } from './fake-api';
import { makeLogEntry } from './fake-tools';
import { maxLogEntries } from './log-state';

describe('logs slice', () => {
  it('asks main for the chosen level and the trimmed search, newest first', async () => {
    const inputs: unknown[] = [];
    const store = createAppStore(
      fakeApi({
        'logs:list': (input) => {
          inputs.push(input);
          return [makeLogEntry(2, 'error'), makeLogEntry(1, 'warn')];
        },
      }),
    );
    await store.getState().loadLogs();
    await store.getState().setLogQuery({ level: 'error', search: '  404 ' });
    await store.getState().setLogQuery({ search: '' });
    expect(inputs).toEqual([
      { level: 'info', limit: maxLogEntries },
      { level: 'error', limit: maxLogEntries, search: '404' },
      { level: 'error', limit: maxLogEntries },
    ]);
    expect(store.getState().logEntries.map((e) => e.seq)).toEqual([2, 1]);
    expect(store.getState().logsStatus).toBe('ready');
  });

  it('adds live entries that match the filter, on top, and ignores them before the page was opened', async () => {
    const store = createAppStore(fakeApi({ 'logs:list': () => [makeLogEntry(1, 'error')] }));
    store.getState().onLogsAppended([makeLogEntry(1, 'error')]);
    expect(store.getState().logEntries).toEqual([]);

    await store.getState().setLogQuery({ level: 'warn' });
    store
      .getState()
      .onLogsAppended([makeLogEntry(2, 'info'), makeLogEntry(3, 'warn'), makeLogEntry(1, 'error')]);
    expect(store.getState().logEntries.map((e) => e.seq)).toEqual([3, 1]);
  });

  it('keeps entries that arrive while a load is on its way', async () => {
    let answer: (entries: LogEntry[]) => void = () => {};
    const store = createAppStore(
      fakeApi({ 'logs:list': () => new Promise<LogEntry[]>((resolve) => (answer = resolve)) }),
    );
    const load = store.getState().loadLogs();
    store.getState().onLogsAppended([makeLogEntry(6, 'error')]);
    answer([makeLogEntry(5, 'error'), makeLogEntry(4)]);
    await load;
    expect(store.getState().logEntries.map((e) => e.seq)).toEqual([6, 5, 4]);
  });

  it(`keeps at most ${maxLogEntries} entries in the window`, async () => {
    const store = createAppStore(
      fakeApi({
        'logs:list': () => Array.from({ length: maxLogEntries }, (_, i) => makeLogEntry(maxLogEntries - i)),
      }),
    );
    await store.getState().loadLogs();
    store
      .getState()
      .onLogsAppended(Array.from({ length: 10 }, (_, i) => makeLogEntry(maxLogEntries + 1 + i, 'error')));
    const entries = store.getState().logEntries;
    expect(entries).toHaveLength(maxLogEntries);
    expect(entries[0]?.seq).toBe(maxLogEntries + 10);
    expect(entries.at(-1)?.seq).toBe(11);
  });

  it('only the newest of two overlapping loads lands', async () => {
    const answers: Array<(entries: LogEntry[]) => void> = [];
    const store = createAppStore(
      fakeApi({ 'logs:list': () => new Promise<LogEntry[]>((resolve) => answers.push(resolve)) }),
    );
    const first = store.getState().setLogQuery({ search: 'ffprobe' });
    const second = store.getState().setLogQuery({ search: 'yt-dlp' });
    answers[1]?.([makeLogEntry(2, 'error', { message: 'yt-dlp failed' })]);
    answers[0]?.([makeLogEntry(1, 'error', { message: 'ffprobe failed' })]);
    await Promise.all([first, second]);
    expect(store.getState().logEntries.map((e) => e.message)).toEqual(['yt-dlp failed']);
  });
});
