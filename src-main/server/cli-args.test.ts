import { describe, expect, it } from 'vitest';
import { CliError, parseCliArgs } from './cli-args';

describe('parseCliArgs', () => {
  it('defaults to loopback, any free port and the OS data folder', () => {
    expect(parseCliArgs([])).toEqual({ port: 0, host: '127.0.0.1', dataDir: null, token: null, ytdlp: null });
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
});
