#!/usr/bin/env node
// Stands in for yt-dlp in tests, because YouTube cannot be reached from here. A `ytsearchN:QUERY`
// call answers from recorded flat-search JSON; every other call (downloads, --version) runs the real
// yt-dlp with the same argv and stdio, so downloads stay real.
//
// Environment:
//   TRAILERDECK_STANDIN_SEARCHES  a JSON file: { "<query>": Answer }, where Answer is
//                                 { "entries": [...], "delayMs"?: n } — printed like `-J` does
//                                 (at most N entries), after waiting delayMs
//                                 { "error": "bot" | "sign-in" | "unavailable" | "rate-limited" |
//                                   "offline", "delayMs"?: n } — yt-dlp's own stderr wording, exit 1
//                                 A query that is not in the file gets no results.
//   TRAILERDECK_STANDIN_LOG       if set, one JSON line per call is appended to this file:
//                                 { time, args, search: { count, query } | null, answer }
//   TRAILERDECK_STANDIN_REAL      the real yt-dlp (default: `yt-dlp` on PATH)
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const searchPattern = /^ytsearch(\d*|all):([\s\S]*)$/;

// The messages yt-dlp prints for these failures: YouTube's own wording inside yt-dlp's ERROR line
// (bot, sign-in), and yt-dlp 2023.03.04's wording for failed API requests (the rest).
const errorMessages = {
  bot: (query) =>
    `ERROR: [youtube:search] ${query}: Sign in to confirm you’re not a bot. ` +
    'This helps protect our community. Learn more',
  'sign-in': (query) =>
    `ERROR: [youtube:search] ${query}: Login details are needed to download this content. ` +
    'Use --cookies-from-browser or --cookies for the authentication. ' +
    'See  https://github.com/yt-dlp/yt-dlp/wiki/FAQ#how-do-i-pass-cookies-to-yt-dlp  ' +
    'for how to manually pass cookies',
  unavailable: () =>
    'ERROR: Unable to download API page: HTTP Error 503: Service Unavailable ' +
    "(caused by <HTTPError 503: 'Service Unavailable'>)",
  'rate-limited': () =>
    'ERROR: Unable to download API page: HTTP Error 429: Too Many Requests ' +
    "(caused by <HTTPError 429: 'Too Many Requests'>)",
  offline: () =>
    'WARNING: [youtube:search] Unable to download webpage: <urlopen error [Errno -2] Name or service not known>\n' +
    'ERROR: Unable to download API page: <urlopen error [Errno -2] Name or service not known> ' +
    "(caused by URLError(gaierror(-2, 'Name or service not known')))",
};

// Only as a program: a test that imports this file by mistake (vite resolves an extensionless
// './ytdlp-standin' to this file before the .ts helper) must not run it inside the test process.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  main();
}

function main() {
  const searchArg = args.find((arg) => searchPattern.test(arg));
  if (searchArg === undefined) {
    log(null, 'real');
    runReal();
    return;
  }
  const [, countText = '', query = ''] = searchPattern.exec(searchArg) ?? [];
  const count = countText === '' ? 1 : countText === 'all' ? Infinity : Number(countText);
  answerSearch(query, count, searchArg);
}

function answerSearch(query, count, url) {
  const answer = recordedAnswer(query);
  const outcome =
    answer === undefined ? 'unknown-query' : 'error' in answer ? `error:${answer.error}` : 'entries';
  log({ count: Number.isFinite(count) ? count : 'all', query }, outcome);
  const reply = () => {
    if (answer !== undefined && 'error' in answer) {
      const message = errorMessages[answer.error];
      if (!message) fail(`unknown error kind "${answer.error}" for query "${query}"`);
      // yt-dlp -J still prints the (empty) playlist when the search fails.
      process.stdout.write(`${playlistJson(query, url, [])}\n`);
      process.stderr.write(`${message(query)}\n`);
      process.exitCode = 1;
      return;
    }
    const entries = answer === undefined ? [] : answer.entries.slice(0, count);
    process.stdout.write(`${playlistJson(query, url, entries)}\n`);
  };
  const delayMs = answer?.delayMs ?? 0;
  if (delayMs > 0) setTimeout(reply, delayMs);
  else reply();
}

function recordedAnswer(query) {
  const file = process.env.TRAILERDECK_STANDIN_SEARCHES;
  if (!file) return undefined;
  let searches;
  try {
    searches = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`cannot read the recorded searches in ${file}: ${error.message}`);
  }
  const answer = Object.hasOwn(searches, query) ? searches[query] : undefined;
  if (answer !== undefined && !('error' in answer) && !Array.isArray(answer.entries)) {
    fail(`the recorded answer for "${query}" has neither "entries" nor "error"`);
  }
  return answer;
}

/** The top level of yt-dlp's `--flat-playlist -J` output for a search, as yt-dlp writes it. */
function playlistJson(query, url, entries) {
  const playlist = {
    id: query,
    title: query,
    _type: 'playlist',
    entries,
    webpage_url: url,
    original_url: url,
    webpage_url_basename: query,
    webpage_url_domain: null,
    extractor: 'youtube:search',
    extractor_key: 'YoutubeSearch',
    requested_entries: entries.map((_, index) => index + 1),
    playlist_count: entries.length,
    epoch: Math.floor(Date.now() / 1000),
    _version: { version: '2023.03.04', repository: 'yt-dlp/yt-dlp' },
  };
  // yt-dlp escapes everything outside ASCII in its JSON.
  return JSON.stringify(playlist).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function runReal() {
  if (process.env.TRAILERDECK_STANDIN_ACTIVE === '1') {
    fail('the real yt-dlp resolves to the stand-in itself; set TRAILERDECK_STANDIN_REAL');
  }
  const real = process.env.TRAILERDECK_STANDIN_REAL || 'yt-dlp';
  const child = spawn(real, args, {
    stdio: 'inherit',
    env: { ...process.env, TRAILERDECK_STANDIN_ACTIVE: '1' },
  });
  // Whoever stops the stand-in means to stop the download: pass the signal on.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => fail(`cannot run ${real}: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else {
      process.exit(code ?? 1);
    }
  });
}

function log(search, answer) {
  const file = process.env.TRAILERDECK_STANDIN_LOG;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ time: new Date().toISOString(), args, search, answer })}\n`);
}

function fail(message) {
  process.stderr.write(`ytdlp-standin: ${message}\n`);
  process.exit(2);
}
