import { describe, expect, it } from 'vitest';
import { CliError, parseCliArgs } from './cli-args';

describe('parseCliArgs', () => {
  it('defaults to loopback, any free port and the OS data folder', () => {
    expect(parseCliArgs([])).toEqual({
      port: 0,
      host: '127.0.0.1',
      dataDir: null,
      token: null,
      ytdlp: null,
      publicOrigin: null,
    });
  });

  it('reads which yt-dlp to run', () => {
    expect(parseCliArgs(['--yt-dlp', '/opt/yt dlp/yt-dlp'])).toMatchObject({ ytdlp: '/opt/yt dlp/yt-dlp' });
    expect(() => parseCliArgs(['--yt-dlp'])).toThrow(CliError);
  });

  it('reads --port, --data-dir and --flag=value forms', () => {
    expect(parseCliArgs(['--port', '8123', '--data-dir=/srv/td data'])).toMatchObject({
      port: 8123,
      dataDir: '/srv/td data',
    });
  });

  it.each([['--port', 'abc'], ['--port', '70000'], ['--port', '-1'], ['--bogus'], ['--data-dir']])(
    'refuses %s %s with a message',
    (...argv) => {
      expect(() => parseCliArgs(argv)).toThrow(CliError);
    },
  );

  it('refuses a non-loopback host without an explicit token', () => {
    expect(() => parseCliArgs(['--host', '0.0.0.0'])).toThrow(/--token/);
    expect(parseCliArgs(['--host', '0.0.0.0', '--token', 'a-long-secret-token-123'])).toMatchObject({
      host: '0.0.0.0',
      token: 'a-long-secret-token-123',
    });
  });

  it('refuses a short token', () => {
    expect(() => parseCliArgs(['--token', 'short'])).toThrow(/16 characters/);
  });

  it.each([
    ['aaaaaaaaaaaaaaaa', /only 1 different characters/],
    ['abababababababab', /only 2 different characters/],
    ['0123456789abcdefgh', /sequence or a repetition/],
    ['passwordpassword', /only 7 different characters/],
  ])('refuses a weak token %s for a non-loopback host, with a clear message', (token, reason) => {
    expect(() => parseCliArgs(['--host', '0.0.0.0', '--token', token])).toThrow(reason);
    expect(() => parseCliArgs(['--host', '0.0.0.0', '--token', token])).toThrow(/openssl rand/);
  });

  it('accepts random tokens for a non-loopback host, and any 16 characters on loopback', () => {
    for (const token of ['k3J9xQ2mZp7LwR4v', 'a-long-secret-token-123', 'Zx8vQ1-wP_7mN2sT4kR9bC6y']) {
      expect(parseCliArgs(['--host', '192.168.1.5', '--token', token])).toMatchObject({ token });
    }
    expect(parseCliArgs(['--token', 'aaaaaaaaaaaaaaaa'])).toMatchObject({ token: 'aaaaaaaaaaaaaaaa' });
  });

  it('reads the public origin from --public-origin or the environment, and refuses anything but an origin', () => {
    expect(parseCliArgs(['--public-origin', 'https://Trailers.example.lan/'])).toMatchObject({
      publicOrigin: 'https://trailers.example.lan',
    });
    expect(parseCliArgs([], { TRAILERDECK_PUBLIC_ORIGIN: 'https://nas.lan:8443' })).toMatchObject({
      publicOrigin: 'https://nas.lan:8443',
    });
    for (const bad of [
      'trailers.example.lan',
      'ftp://x.lan',
      'https://x.lan/trailers',
      'https://u:p@x.lan',
    ]) {
      expect(() => parseCliArgs(['--public-origin', bad])).toThrow(/--public-origin must be/);
    }
  });
});
