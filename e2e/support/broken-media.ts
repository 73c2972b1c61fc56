// Files named like trailers that are none: what a failed copy, a wrong download or a renamed
// soundtrack leaves in a library. Made at test time; the sound-only one with the real ffmpeg.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A real file with a sound track and no picture. */
export function makeSoundOnly(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  const args = ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=0.5'];
  execFileSync('ffmpeg', [...args, '-c:a', 'aac', path], { stdio: ['ignore', 'ignore', 'pipe'] });
  return path;
}

/** A file of no bytes at all (an interrupted copy). */
export function makeEmpty(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '');
  return path;
}

/** Bytes no video reader understands (a web page saved under a video's name). */
export function makeGarbage(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '<html><body>404 Not Found</body></html>\n'.repeat(20));
  return path;
}
