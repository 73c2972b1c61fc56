import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { contentTypeFor } from '../core/files/static-paths';
import type { VideoAnswer } from '../core/files/serve-video';

export { resolveStaticFile } from '../core/files/resolve-static-file';

export function sendFile(response: ServerResponse, file: string, headers: Record<string, string> = {}): void {
  const stream = createReadStream(file);
  stream.once('open', () => {
    response.writeHead(200, { 'Content-Type': contentTypeFor(file), ...headers });
    stream.pipe(response);
  });
  stream.once('error', () => {
    if (!response.headersSent) response.writeHead(404).end();
    else response.destroy();
  });
}

/** Sends a video answer (core/files/serve-video.ts): its status and headers, then the chosen bytes. */
export function sendVideo(
  response: ServerResponse,
  answer: VideoAnswer,
  headers: Record<string, string>,
): void {
  response.writeHead(answer.status, { ...headers, ...answer.headers });
  if (!answer.body) return void response.end();
  const stream = createReadStream(answer.body.file, { start: answer.body.start, end: answer.body.end });
  // Gone between the check and the read: the headers are out, so only cutting the answer short is left.
  stream.once('error', () => response.destroy());
  // A player that seeks drops the old request: stop reading the file too.
  response.once('close', () => stream.destroy());
  stream.pipe(response);
}
