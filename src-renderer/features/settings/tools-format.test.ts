import { describe, expect, it } from 'vitest';
import { describeInstallProgress, fieldMessage } from './tools-format';

describe('describeInstallProgress', () => {
  it('shows bytes of total and a percentage while downloading', () => {
    const view = describeInstallProgress({
      receivedBytes: 3_400_000,
      totalBytes: 12_300_000,
      phase: 'downloading',
      message: null,
    });
    expect(view.text).toBe('Downloading yt-dlp… 3.4 MB of 12.3 MB (27%)');
    expect(view.percent).toBeCloseTo(27.64, 1);
  });

  it('shows an indeterminate bar when the size is unknown and while verifying', () => {
    expect(
      describeInstallProgress({
        receivedBytes: 512_000,
        totalBytes: null,
        phase: 'downloading',
        message: null,
      }),
    ).toEqual({ text: 'Downloading yt-dlp… 512 KB', percent: null });
    expect(
      describeInstallProgress({ receivedBytes: 0, totalBytes: null, phase: 'verifying', message: null })
        .percent,
    ).toBeNull();
    expect(describeInstallProgress(null).text).toBe('Starting the download of yt-dlp…');
  });

  it('never draws past 100% when a server sends more than it announced', () => {
    const view = describeInstallProgress({
      receivedBytes: 1500,
      totalBytes: 1000,
      phase: 'downloading',
      message: null,
    });
    expect(view.percent).toBe(100);
  });
});

describe('fieldMessage', () => {
  it('drops the field path main appends', () => {
    expect(
      fieldMessage({
        code: 'INVALID_INPUT',
        message: 'Enter the path of the program, or clear it to let Trailerdeck look for it. (path.value).',
      }),
    ).toBe('Enter the path of the program, or clear it to let Trailerdeck look for it.');
    expect(
      fieldMessage({ code: 'INVALID_INPUT', message: 'Only http and https addresses (releaseBaseUrl).' }),
    ).toBe('Only http and https addresses.');
    expect(fieldMessage({ code: 'INTERNAL', message: 'Something went wrong.' })).toBe(
      'Something went wrong.',
    );
  });
});
