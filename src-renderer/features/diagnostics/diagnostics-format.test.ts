import { describe, expect, it } from 'vitest';
import type { FolderCheck, ToolInfo } from '../../../src-preload/contract';
import { makeFolder, makeReport } from '../../store/fake-tools';
import {
  folderFlags,
  folderWorks,
  formatFreeSpace,
  reportCoversRoots,
  toolHeadline,
  toolSourceLabel,
} from './diagnostics-format';

const folder = (extra: Partial<FolderCheck> = {}): FolderCheck => ({
  rootId: 1,
  label: 'Movies',
  path: '/media/movies',
  exists: true,
  readable: true,
  writable: true,
  freeBytes: 12_400_000_000,
  totalBytes: 500_000_000_000,
  problem: null,
  fix: null,
  ...extra,
});

const tool = (extra: Partial<ToolInfo> = {}): ToolInfo => ({
  name: 'ffmpeg',
  label: 'ffmpeg',
  path: '/usr/bin/ffmpeg',
  source: 'system',
  version: '6.0',
  problem: null,
  outdated: null,
  fix: null,
  ...extra,
});

describe('formatFreeSpace', () => {
  it('says how much is free of how much, in decimal units', () => {
    expect(formatFreeSpace(12_400_000_000, 500_000_000_000)).toBe('12.4 GB free of 500 GB');
    expect(formatFreeSpace(0, 2_000_000_000_000)).toBe('0 B free of 2.0 TB');
    expect(formatFreeSpace(950_000, 1_000_000)).toBe('950 KB free of 1.0 MB');
  });

  it('leaves out what is unknown', () => {
    expect(formatFreeSpace(3_500_000, null)).toBe('3.5 MB free');
    expect(formatFreeSpace(3_500_000, 0)).toBe('3.5 MB free');
    expect(formatFreeSpace(null, 500_000_000_000)).toBe('Free space unknown');
    expect(formatFreeSpace(Number.NaN, null)).toBe('Free space unknown');
  });
});

describe('folder checks', () => {
  it('lists what passed and what failed', () => {
    expect(folderFlags(folder())).toEqual([
      { label: 'Readable', ok: true },
      { label: 'Writable', ok: true },
    ]);
    expect(folderFlags(folder({ writable: false, problem: 'Read-only.' }))).toEqual([
      { label: 'Readable', ok: true },
      { label: 'Not writable', ok: false },
    ]);
    expect(folderWorks(folder())).toBe(true);
    expect(folderWorks(folder({ writable: false }))).toBe(false);
  });

  it('says only "Missing" for a folder that is not there', () => {
    const gone = folder({ exists: false, readable: false, writable: false, problem: 'Gone.' });
    expect(folderFlags(gone)).toEqual([{ label: 'Missing', ok: false }]);
    expect(folderWorks(gone)).toBe(false);
  });
});

describe('tools', () => {
  it('names a working tool with its version, and what is wrong with the others', () => {
    expect(toolHeadline(tool())).toBe('ffmpeg 6.0');
    expect(toolHeadline(tool({ path: null, source: null, version: null, problem: 'Not found.' }))).toBe(
      'ffmpeg: not found',
    );
    expect(toolHeadline(tool({ version: null, problem: 'Exited with code 1.' }))).toBe(
      'ffmpeg: does not run',
    );
  });

  it('says where a tool was found', () => {
    expect(toolSourceLabel('settings')).toBe('Set in Settings');
    expect(toolSourceLabel('managed')).toBe('Managed by Trailerdeck');
    expect(toolSourceLabel('bundled')).toBe('Bundled');
    expect(toolSourceLabel(null)).toBe('Not found');
  });
});

describe('reportCoversRoots', () => {
  const report = makeReport({
    folders: [makeFolder({ rootId: null }), makeFolder({ rootId: 1 }), makeFolder({ rootId: 3 })],
  });

  it('accepts a report of exactly these folders, in any order', () => {
    expect(reportCoversRoots(report, [3, 1])).toBe(true);
  });

  it('asks for a new run when a folder was added or removed, or there is no report', () => {
    expect(reportCoversRoots(report, [1, 3, 4])).toBe(false);
    expect(reportCoversRoots(report, [1])).toBe(false);
    expect(reportCoversRoots(null, [])).toBe(false);
    expect(reportCoversRoots(makeReport({ folders: [makeFolder({ rootId: null })] }), [])).toBe(true);
  });
});
