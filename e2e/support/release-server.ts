// A loopback server laid out like yt-dlp's GitHub release download folder: SHA2-256SUMS and the
// per-platform builds. The "build" is a tiny script that answers --version like yt-dlp. Misbehaves
// on demand: a build that does not match its checksum, or a download cut short.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReleaseServer {
  /** The base URL to give as the release URL. */
  baseUrl: string;
  /** Publishes a build answering `version` to --version. */
  publish(version: string): void;
  /** The next downloads of the build: 'mismatch' serves other bytes, 'truncated' stops halfway. */
  misbehave(mode: 'mismatch' | 'truncated' | null): void;
  requests: string[];
  close(): Promise<void>;
}

export function fakeYtdlpBuild(version: string): Buffer {
  return Buffer.from(
    `#!/bin/sh\n# A stand-in build for tests.\nif [ "$1" = "--version" ]; then echo ${version}; exit 0; fi\nexit 2\n`,
  );
}

export async function startReleaseServer(asset = 'yt-dlp_linux'): Promise<ReleaseServer> {
  let build = fakeYtdlpBuild('2099.01.01');
  let mode: 'mismatch' | 'truncated' | null = null;
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    if (path === '/SHA2-256SUMS') {
      const sum = createHash('sha256').update(build).digest('hex');
      const other = createHash('sha256').update('another asset').digest('hex');
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return void res.end(`${other}  yt-dlp.tar.gz\n${sum}  ${asset}\n${other}  yt-dlp.exe\n`);
    }
    if (path === `/${asset}`) {
      const body = mode === 'mismatch' ? Buffer.concat([build, Buffer.from('# tampered\n')]) : build;
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(body.length),
      });
      if (mode === 'truncated') {
        res.write(body.subarray(0, Math.floor(body.length / 2)));
        // Flush what was written, then cut the connection the way a failing network does.
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      return void res.end(body);
    }
    res.writeHead(404).end('Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    publish: (version) => {
      build = fakeYtdlpBuild(version);
    },
    misbehave: (next) => {
      mode = next;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
