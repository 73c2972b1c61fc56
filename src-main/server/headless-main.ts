// Entry of headless mode (`npm run start:web`): the whole app without Electron, served to a browser.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/create-core';
import { bundledFfprobePath } from '../core/tools/ffprobe-path';
import { StartupError } from '../core/files/data-folder';
import { redactSecrets } from '../core/logging/redact';
import { CliError, parseCliArgs } from './cli-args';
import { defaultDataDir } from './default-data-dir';
import { generateToken } from './auth';
import { startHeadlessServer } from './http-server';

async function main() {
  const options = parseCliArgs(process.argv.slice(2), process.env);
  // Bundled to out/main/headless.cjs, or run from src-main/server by tsx: two folders up either way.
  const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { version } = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string };
  const core = createCore({
    dataDir: resolve(options.dataDir ?? defaultDataDir()),
    migrationsFolder: join(appRoot, 'drizzle'),
    ffprobePath: bundledFfprobePath(),
    ytdlpPath: options.ytdlp ?? undefined,
    version,
    // The terminal is a log too: the same redaction as the log file.
    onInternalError: (name, error) =>
      console.error(
        `[trailerdeck] ${name} failed:`,
        redactSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error)),
      ),
  });
  const server = await startHeadlessServer({
    dispatch: core.dispatch,
    events: core.events,
    rendererDir: join(appRoot, 'out', 'renderer'),
    token: options.token ?? generateToken(),
    host: options.host,
    port: options.port,
    publicOrigin: options.publicOrigin,
    posterPath: (mediaId) => core.library.posterPath(mediaId),
    videoFile: (downloadId) => core.library.videoFile(downloadId),
    arrWebhook: core.arrWebhook,
  });
  console.log(`Trailerdeck listening on ${server.url}`);
  if (options.publicOrigin) {
    const address = new URL(server.url);
    console.log(`Behind your reverse proxy: ${options.publicOrigin}/${address.search}`);
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(error.message);
    process.exit(2);
  }
  // The data folder or the database: the message says what to do; a stack trace would not.
  if (error instanceof StartupError) {
    console.error(error.message);
    process.exit(1);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    console.error('That port is already in use: pick another with --port, or 0 for any.');
  else console.error('Trailerdeck could not start:', error);
  process.exit(1);
});
