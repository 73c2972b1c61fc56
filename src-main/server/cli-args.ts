import { tokenWeakness } from './auth';

export interface HeadlessOptions {
  port: number;
  host: string;
  dataDir: string | null;
  /** A fixed token (required to listen beyond loopback); else a random one per start. */
  token: string | null;
  /** The yt-dlp to run (a path or a name on PATH); default "yt-dlp". */
  ytdlp: string | null;
  /** The origin browsers use when a reverse proxy serves Trailerdeck (https://trailers.example.lan). */
  publicOrigin: string | null;
}

/** The environment variable that may give the public origin instead of --public-origin. */
export const publicOriginEnv = 'TRAILERDECK_PUBLIC_ORIGIN';

export class CliError extends Error {}

const usage =
  'Usage: trailerdeck-headless [--port N] [--host ADDRESS] [--data-dir DIR] [--token TOKEN] [--public-origin URL] [--yt-dlp PATH]';

/** Parses the headless command line; refuses anything unknown rather than guessing. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): HeadlessOptions {
  const fromEnv = env[publicOriginEnv];
  const options: HeadlessOptions = {
    port: 0,
    host: '127.0.0.1',
    dataDir: null,
    token: null,
    ytdlp: null,
    publicOrigin: fromEnv ? parsePublicOrigin(fromEnv, publicOriginEnv) : null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new CliError(`${flag} needs a value.\n${usage}`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const raw = value();
        const port = Number(raw);
        if (!/^\d+$/.test(raw) || port > 65535) throw new CliError(`--port must be 0-65535, got "${raw}".`);
        options.port = port;
        break;
      }
      case '--host':
        options.host = value();
        break;
      case '--data-dir':
        options.dataDir = value();
        break;
      case '--token': {
        const token = value();
        if (token.length < 16) throw new CliError('--token must be at least 16 characters.');
        options.token = token;
        break;
      }
      case '--yt-dlp':
        options.ytdlp = value();
        break;
      case '--public-origin':
        options.publicOrigin = parsePublicOrigin(value(), '--public-origin');
        break;
      case '--help':
      case '-h':
        throw new CliError(usage);
      default:
        throw new CliError(`Unknown option "${arg}".\n${usage}`);
    }
  }
  if (!isLoopback(options.host) && !options.token) {
    throw new CliError(
      `Listening on ${options.host} exposes Trailerdeck to your network: give a token of your own with --token.`,
    );
  }
  const weakness = options.token && !isLoopback(options.host) ? tokenWeakness(options.token) : null;
  if (weakness) {
    throw new CliError(
      `The --token is too easy to guess for listening on ${options.host}: ${weakness}. Use a long random one, for example the output of: openssl rand -base64 24`,
    );
  }
  return options;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** An http(s) origin, nothing more (no path, query or credentials): what browsers send as Origin. */
function parsePublicOrigin(raw: string, name: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(`${name} must be an address such as https://trailers.example.lan, got "${raw}".`);
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username ||
    url.password ||
    url.pathname !== '/' ||
    url.search ||
    url.hash
  ) {
    throw new CliError(
      `${name} must be just the scheme, host and port browsers use, such as https://trailers.example.lan, got "${raw}".`,
    );
  }
  return url.origin;
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}
