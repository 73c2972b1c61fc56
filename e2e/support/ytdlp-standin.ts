// Configures the yt-dlp stand-in (ytdlp-standin.mjs): recorded answers for YouTube searches, and the
// log of every call it received. Point the app's yt-dlp path at `standinPath` and give it `env`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The executable stand-in (it has a `#!/usr/bin/env node` line and the executable bit). */
export const standinPath = fileURLToPath(new URL('./ytdlp-standin.mjs', import.meta.url));

/** One entry of yt-dlp's `--flat-playlist -J` search output; any other field is passed on as is. */
export interface StandinEntry {
  id: string;
  title: string;
  [field: string]: unknown;
}

export type StandinError = 'bot' | 'sign-in' | 'unavailable' | 'rate-limited' | 'offline';

/** What the stand-in answers to one query; `delayMs` holds the answer back (for timeouts, spinners). */
export type StandinAnswer =
  { entries: StandinEntry[]; delayMs?: number } | { error: StandinError; delayMs?: number };

/** Answers by the exact query text after `ytsearchN:`. Unknown queries get no results. */
export type StandinSearches = Record<string, StandinAnswer>;

export interface StandinCall {
  time: string;
  args: string[];
  /** The search asked for, or null for a call handed to the real yt-dlp. */
  search: { count: number | 'all'; query: string } | null;
  /** 'entries', 'unknown-query', 'error:<kind>' or 'real'. */
  answer: string;
}

export interface StandinConfig {
  /** Environment for the process that runs the stand-in (the app, or runProcess in a unit test). */
  env: Record<string, string>;
  /** The recorded searches file; rewrite it with writeStandinSearches to change the answers. */
  path: string;
  /** Where the stand-in logs its calls; read it with readStandinLog. */
  logPath: string;
}

/** Writes the recorded searches into `dir` (made if missing) and returns how to point the stand-in at them. */
export function writeStandinSearches(dir: string, searches: StandinSearches): StandinConfig {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'standin-searches.json');
  const logPath = join(dir, 'standin-calls.jsonl');
  writeFileSync(path, JSON.stringify(searches, null, 2));
  return {
    env: { TRAILERDECK_STANDIN_SEARCHES: path, TRAILERDECK_STANDIN_LOG: logPath },
    path,
    logPath,
  };
}

/** Every call the stand-in logged so far, oldest first. */
export function readStandinLog(logPath: string): StandinCall[] {
  if (!existsSync(logPath)) return [];
  return readFileSync(logPath, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as StandinCall);
}

/** The queries the stand-in was asked to search for, in order. */
export function standinQueries(logPath: string): string[] {
  return readStandinLog(logPath).flatMap((call) => (call.search ? [call.search.query] : []));
}
