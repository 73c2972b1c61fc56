// Shared by this folder's tests: a real temporary database with the real migrations, and a record
// of the events the service emitted. Nothing here is mocked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventName, EventPayloads } from '../../../src-preload/contract/events';
import { openDatabase, type AppDatabase } from '../db/open-database';
import { EventBus } from '../event-bus';
import { createProbe } from '../probe/probe-file';
import type { ProbeFile } from '../probe/types';
import { bundledFfprobePath } from '../tools/ffprobe-path';
import { LibraryService } from './library-service';
import { scanWorkerEntry, type FolderReader, type WorkerEntry } from './scan-worker-client';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface RecordedEvent<E extends EventName = EventName> {
  name: E;
  payload: EventPayloads[E];
}

export class EventLog {
  readonly all: RecordedEvent[] = [];

  constructor(bus: EventBus) {
    bus.subscribe((name, payload) => this.all.push({ name, payload } as RecordedEvent));
  }

  of<E extends EventName>(name: E): EventPayloads[E][] {
    return this.all.filter((e) => e.name === name).map((e) => e.payload as EventPayloads[E]);
  }

  clear(): void {
    this.all.length = 0;
  }
}

export interface TestLibrary {
  dir: string;
  db: AppDatabase;
  events: EventBus;
  service: LibraryService;
  log: EventLog;
  /** Probe calls made so far (paths). */
  probed: string[];
  close(): Promise<void>;
}

const realProbe = createProbe({ ffprobePath: bundledFfprobePath() });

/** A library service on a fresh database, probing with the real ffprobe the app ships (calls counted). */
export function openTestLibrary(options: { now?: () => Date; reader?: FolderReader } = {}): TestLibrary {
  const dir = mkdtempSync(join(tmpdir(), 'trailerdeck library '));
  const db = openDatabase(join(dir, 'test.db'), join(repoRoot, 'drizzle'));
  const events = new EventBus();
  const log = new EventLog(events);
  const probed: string[] = [];
  const probe: ProbeFile = (path, signal) => {
    probed.push(path);
    return realProbe(path, signal);
  };
  const service = new LibraryService({ db, events, probe, now: options.now, reader: options.reader });
  return {
    dir,
    db,
    events,
    service,
    log,
    probed,
    async close() {
      await service.close();
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves with the first event of that name matching `test`: tests wait on state, never on sleeps. */
export function nextEvent<E extends EventName>(
  bus: EventBus,
  name: E,
  test: (payload: EventPayloads[E]) => boolean = () => true,
): Promise<EventPayloads[E]> {
  return new Promise((resolve) => {
    const unsubscribe = bus.subscribe((event, payload) => {
      if ((event as EventName) !== name) return;
      // The bus's listener is generic in its own event type; here the name check made it `E`.
      const mine = payload as unknown as EventPayloads[E];
      if (!test(mine)) return;
      unsubscribe();
      resolve(mine);
    });
  });
}

/**
 * The real scan worker, except that it blocks for good when asked to read a title folder whose
 * name contains "hung", the way a thread stuck in a call on a dead network share does (the root
 * itself lists fine). A local disk cannot hang a read, so this stands in for the share.
 */
export function hangingWorker(): WorkerEntry {
  const real = scanWorkerEntry(new URL('./scan-worker-client.ts', import.meta.url).href);
  const hang = `require('node:worker_threads').parentPort.on('message', (request) => {
    if (request.type !== 'read' || !request.tasks.some((t) => t.name.includes('hung'))) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  });`;
  return { code: hang + real.code, eval: true };
}
