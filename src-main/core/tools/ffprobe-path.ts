import { createRequire } from 'node:module';

/**
 * The ffprobe shipped by ffprobe-static. Inside a packaged app the binary lives in
 * app.asar.unpacked, because a file inside the asar archive cannot be executed.
 */
export function bundledFfprobePath(): string {
  const require = createRequire(import.meta.url);
  const { path } = require('ffprobe-static') as { path: string };
  return path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}
