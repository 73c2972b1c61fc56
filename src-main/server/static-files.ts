import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { contentTypeFor } from '../core/files/static-paths';

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
