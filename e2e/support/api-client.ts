// Arranges state through the same WebSocket contract the page uses, so a test's setup is quick
// and its assertions stay in the browser.
import WebSocket from 'ws';
import type { NeedsChoice, NeedsChoiceWindow } from '../../src-preload/contract/discovery';
import type { DownloadJob, JobFilter, JobWindow } from '../../src-preload/contract/downloads';
import type { LibraryWindow } from '../../src-preload/contract/library-window';
import type { MediaSummary } from '../../src-preload/contract/models';
import type { ServerMessage, WireResult } from '../../src-preload/contract/wire';
import type { HeadlessApp } from './headless-app';

export interface ApiClient {
  call<T = unknown>(name: string, input?: unknown): Promise<T>;
  /** Resolves with the next event of that name. */
  nextEvent(event: string): Promise<unknown>;
  close(): void;
}

export async function connectApi(app: HeadlessApp): Promise<ApiClient> {
  const ws = new WebSocket(`${app.origin.replace('http', 'ws')}/ws`, {
    headers: { Cookie: `td_token_${new URL(app.origin).port}=${app.token}` },
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let nextId = 1;
  const listeners = new Set<(message: ServerMessage) => void>();
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as ServerMessage;
    for (const listener of listeners) listener(message);
  });
  const waitFor = (match: (m: ServerMessage) => boolean) =>
    new Promise<ServerMessage>((resolve) => {
      const listener = (message: ServerMessage) => {
        if (!match(message)) return;
        listeners.delete(listener);
        resolve(message);
      };
      listeners.add(listener);
    });
  return {
    async call<T>(name: string, input?: unknown) {
      const id = nextId++;
      const reply = waitFor((m) => m.type === 'result' && m.id === id);
      ws.send(JSON.stringify({ type: 'call', id, name, input }));
      const { result } = (await reply) as WireResult;
      if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
      return result.data as T;
    },
    async nextEvent(event: string) {
      const message = await waitFor((m) => m.type === 'event' && m.event === event);
      return message.type === 'event' ? message.payload : null;
    },
    close: () => ws.close(),
  };
}

/** Adds a library folder and waits until its scan has finished. */
export async function addRootAndWait(api: ApiClient, path: string): Promise<void> {
  const finished = api.nextEvent('scan:finished');
  await api.call('library:addRoot', { path });
  await finished;
}

// The lists below are the first window of each (the pages' own procedures): a test's library and
// queue are small, and no procedure hands out a whole list.

/** The library's titles by title, as the library page's first window shows them. */
export async function listTitles(api: ApiClient): Promise<MediaSummary[]> {
  return (await api.call<LibraryWindow>('library:window', { offset: 0, limit: 500 })).rows;
}

/** The newest jobs of an Activity tab. */
export async function listJobs(
  api: ApiClient,
  filter: JobFilter = 'all',
  limit = 500,
): Promise<DownloadJob[]> {
  return (await api.call<JobWindow>('downloads:window', { filter, offset: 0, limit })).rows;
}

/** The Review list's first rows. */
export async function listNeedsChoice(api: ApiClient): Promise<NeedsChoice[]> {
  return (await api.call<NeedsChoiceWindow>('discovery:needsChoiceWindow', { offset: 0, limit: 500 })).rows;
}
