import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../create-core';
import { bundledFfprobePath } from '../tools/ffprobe-path';
import { logFileName } from '../logging/app-log';
import { prepareDataFolder, StartupError } from './data-folder';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'td-data-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const mode = (path: string) => statSync(path).mode & 0o777;

async function runCore(dataDir: string) {
  const core = createCore({
    dataDir,
    migrationsFolder: resolve(__dirname, '../../../drizzle'),
    ffprobePath: bundledFfprobePath(),
    version: '0.0.0-test',
  });
  core.log.info('test', 'a line so the log file exists');
  const warnings = core.log.list({ level: 'warn' }).map((entry) => entry.message);
  await core.close();
  return warnings;
}

describe.skipIf(process.platform === 'win32')('the data folder at rest', () => {
  it('is created owner-only, with the database, its WAL/SHM and the log 0600', async () => {
    const dataDir = join(tempDir(), 'new', 'Trailerdeck');
    await runCore(dataDir);
    expect(mode(dataDir)).toBe(0o700);
    const db = join(dataDir, 'trailerdeck.db');
    expect(mode(db)).toBe(0o600);
    // WAL and SHM exist while the database is open: open it again to look at them.
    const core = createCore({
      dataDir,
      migrationsFolder: resolve(__dirname, '../../../drizzle'),
      ffprobePath: bundledFfprobePath(),
      version: '0.0.0-test',
    });
    expect(existsSync(`${db}-wal`)).toBe(true);
    expect(mode(`${db}-wal`)).toBe(0o600);
    expect(mode(`${db}-shm`)).toBe(0o600);
    await core.close();
    expect(mode(join(dataDir, 'logs'))).toBe(0o700);
    expect(mode(join(dataDir, 'logs', logFileName))).toBe(0o600);
  });

  it('tightens an existing 0755 folder, 0644 database and log at start-up, and logs it', async () => {
    const dataDir = join(tempDir(), 'Trailerdeck');
    await runCore(dataDir);
    const db = join(dataDir, 'trailerdeck.db');
    const logFile = join(dataDir, 'logs', logFileName);
    writeFileSync(`${logFile}.1`, '');
    chmodSync(dataDir, 0o755);
    chmodSync(db, 0o644);
    chmodSync(join(dataDir, 'logs'), 0o755);
    chmodSync(logFile, 0o644);
    chmodSync(`${logFile}.1`, 0o644);

    const warnings = await runCore(dataDir);

    expect(mode(dataDir)).toBe(0o700);
    expect(mode(db)).toBe(0o600);
    expect(mode(join(dataDir, 'logs'))).toBe(0o700);
    expect(mode(logFile)).toBe(0o600);
    expect(mode(`${logFile}.1`)).toBe(0o600);
    expect(warnings).toContain(`${dataDir} was readable by other users (0755), now 0700.`);
    expect(warnings).toContain(`${db} was readable by other users (0644), now 0600.`);
    const written = readFileSync(logFile, 'utf8');
    expect(written).toContain('was readable by other users (0644), now 0600.');
  });

  it('refuses a data folder that is a file, or under a file, with a readable message', () => {
    const file = join(tempDir(), 'data');
    writeFileSync(file, 'not a folder');
    expect(() => prepareDataFolder(file)).toThrow(StartupError);
    expect(() => prepareDataFolder(file)).toThrow(`${file} is a file, not a folder.`);
    expect(() => prepareDataFolder(join(file, 'inner'))).toThrow('part of that path is a file');
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('refuses a folder that cannot be created (under /proc) instead of looping', () => {
    expect(() => prepareDataFolder('/proc/trailerdeck-test/data')).toThrow(
      /cannot use \/proc\/trailerdeck-test\/data as its data folder: \/proc\/trailerdeck-test could not be created/,
    );
  });

  it('leaves a folder that is already owner-only as it is', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'd'), { mode: 0o700 });
    expect(prepareDataFolder(join(dir, 'd'))).toEqual([]);
  });
});
