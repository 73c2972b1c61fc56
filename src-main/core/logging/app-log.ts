// The app's log: JSON lines in a rotating file in the data folder (kept for a bug report after a
// crash), and the newest entries in memory for the Logs page. Writes are synchronous appends of
// one line: small, ordered, and on disk even if the process dies the next moment.
import { appendFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { restrictToOwner, type Tightened } from '../files/data-folder';
import { redactSecrets } from './redact';
import type { LogEntry, LogLevel } from '../../../src-preload/contract/diagnostics';
import { logLevels } from '../../../src-preload/contract/diagnostics';

export interface AppLogOptions {
  dir: string;
  /** Rotate the file beyond this size (default 5 MiB). */
  maxBytes?: number;
  /** Rotated files kept beside the current one (default 3). */
  keep?: number;
  /** Entries kept in memory for the Logs page (default 2000). */
  memory?: number;
  /** New entries, for the windows; warnings and errors at once, the rest a few times a second. */
  onAppended?: (entries: LogEntry[]) => void;
  now?: () => Date;
  /** Secret values the app holds (the TMDB key, the cookies file): hidden wherever they appear. */
  secrets?: () => readonly (string | null | undefined)[];
}

export const logFileName = 'trailerdeck.log';
const flushMs = 250;

export class AppLog {
  readonly file: string;
  /** Log files (or the folder) that were readable by others and are owner-only now. */
  readonly tightened: Tightened[] = [];
  private readonly entries: LogEntry[] = [];
  private pending: LogEntry[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private seq = 0;
  private size: number;

  constructor(private readonly options: AppLogOptions) {
    // Log lines carry paths and command lines: owner-only, like the database.
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    this.file = join(options.dir, logFileName);
    for (const path of [options.dir, ...readdirSync(options.dir).map((name) => join(options.dir, name))]) {
      const changed = restrictToOwner(path, path === options.dir ? 0o700 : 0o600);
      if (changed) this.tightened.push(changed);
    }
    this.size = existsSync(this.file) ? statSync(this.file).size : 0;
  }

  debug(source: string, message: string, details?: string): void {
    this.write('debug', source, message, details);
  }
  info(source: string, message: string, details?: string): void {
    this.write('info', source, message, details);
  }
  warn(source: string, message: string, details?: string): void {
    this.write('warn', source, message, details);
  }
  error(source: string, message: string, details?: string): void {
    this.write('error', source, message, details);
  }

  /** Newest first: entries of `level` and worse whose text contains `search` (any case). */
  list(query: { level?: LogLevel; search?: string; afterSeq?: number; limit?: number } = {}): LogEntry[] {
    const floor = logLevels.indexOf(query.level ?? 'debug');
    const needle = query.search?.trim().toLowerCase() ?? '';
    const result: LogEntry[] = [];
    for (let i = this.entries.length - 1; i >= 0 && result.length < (query.limit ?? 1000); i -= 1) {
      const entry = this.entries[i]!;
      if (query.afterSeq !== undefined && entry.seq <= query.afterSeq) break;
      if (logLevels.indexOf(entry.level) < floor) continue;
      if (needle && !`${entry.source} ${entry.message} ${entry.details ?? ''}`.toLowerCase().includes(needle))
        continue;
      result.push(entry);
    }
    return result;
  }

  close(): void {
    this.flush();
  }

  private write(level: LogLevel, source: string, message: string, details?: string): void {
    this.seq += 1;
    // Redacted once, here: the file and the Logs page (and the diagnostics report) get the same text.
    const known = this.options.secrets?.() ?? [];
    const entry: LogEntry = {
      seq: this.seq,
      time: (this.options.now?.() ?? new Date()).toISOString(),
      level,
      source,
      message: redactSecrets(message, known),
      details: details === undefined ? null : redactSecrets(details, known),
    };
    const memory = this.options.memory ?? 2000;
    this.entries.push(entry);
    if (this.entries.length > memory) this.entries.shift();
    this.append(entry);
    // A burst (a bulk run finishing thousands of jobs) sends the windows no more than they keep.
    this.pending.push(entry);
    if (this.pending.length > memory) this.pending.shift();
    if (level === 'warn' || level === 'error') this.flush();
    else this.flushTimer ??= setTimeout(() => this.flush(), flushMs).unref();
  }

  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.pending.length === 0) return;
    const entries = this.pending;
    this.pending = [];
    this.options.onAppended?.(entries);
  }

  private append(entry: LogEntry): void {
    const line = `${JSON.stringify(entry)}\n`;
    try {
      if (this.size + line.length > (this.options.maxBytes ?? 5 * 1024 * 1024)) this.rotate();
      appendFileSync(this.file, line, { mode: 0o600 });
      this.size += Buffer.byteLength(line);
    } catch {
      // A full or read-only disk must not take the app down with its log; the memory copy remains.
    }
  }

  /** trailerdeck.log → .1 → .2 …; the oldest beyond `keep` is removed. */
  private rotate(): void {
    const keep = this.options.keep ?? 3;
    rmSync(`${this.file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i -= 1) {
      if (existsSync(`${this.file}.${i}`)) renameSync(`${this.file}.${i}`, `${this.file}.${i + 1}`);
    }
    if (existsSync(this.file)) renameSync(this.file, `${this.file}.1`);
    this.size = 0;
  }
}

/** A command line as a person would type it, arguments quoted where needed: for reading, never running. */
export function quoteCommandLine(command: string, args: readonly string[]): string {
  return [command, ...args].map(quoteArgument).join(' ');
}

function quoteArgument(value: string): string {
  if (value !== '' && /^[\w@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
