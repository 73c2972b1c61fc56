import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../src-preload/contract';
import { titleTrailerSlot, type VideoSlot } from '../../../src-preload/contract/video-kinds';
import {
  jobVideoLabel,
  formatBytesOfTotal,
  formatClock,
  jobTimeLabel,
  formatEta,
  formatFragments,
  formatPart,
  formatPercent,
  formatEncodeSpeed,
  formatSpeed,
  processingText,
  progressPercent,
} from './download-format';

const progress = (p: Partial<JobProgress>): JobProgress => ({
  jobId: 1,
  phase: 'downloading',
  step: null,
  encodeSpeed: null,
  downloadedBytes: 0,
  totalBytes: null,
  totalIsEstimate: false,
  percent: null,
  speed: null,
  etaSeconds: null,
  fragmentIndex: null,
  fragmentCount: null,
  partIndex: null,
  partCount: null,
  partKind: null,
  ...p,
});

describe('the video a job fills', () => {
  const job = (slot: Partial<VideoSlot>) => ({ slot: { ...titleTrailerSlot, ...slot } });

  it('says nothing for the title trailer and names every other video', () => {
    expect(jobVideoLabel(job({}))).toBeNull();
    expect(jobVideoLabel(job({ type: 'featurette' }))).toBe('Featurette');
    expect(jobVideoLabel(job({ season: 2 }))).toBe('Season 2 trailer');
    expect(jobVideoLabel(job({ language: 'de' }))).toBe('Trailer · German');
  });
});

describe('download formatting', () => {
  it('shows speeds in decimal units per second', () => {
    expect(formatSpeed(1_234_567)).toBe('1.2 MB/s');
    expect(formatSpeed(850)).toBe('850 B/s');
    expect(formatSpeed(48_200.7)).toBe('48.2 KB/s');
    expect(formatSpeed(null)).toBe('—');
    expect(formatSpeed(Number.NaN)).toBe('—');
  });

  it('shows time left as m:ss, h:mm:ss past an hour, rounding up', () => {
    expect(formatEta(42)).toBe('0:42');
    expect(formatEta(41.2)).toBe('0:42');
    expect(formatEta(605)).toBe('10:05');
    expect(formatEta(3723)).toBe('1:02:03');
    expect(formatEta(null)).toBe('—');
    expect(formatEta(-3)).toBe('—');
  });

  it('shows bytes against the total, marking an estimate', () => {
    expect(formatBytesOfTotal(progress({ downloadedBytes: 3_400_000, totalBytes: 12_300_000 }))).toBe(
      '3.4 MB of 12.3 MB',
    );
    expect(
      formatBytesOfTotal(
        progress({ downloadedBytes: 3_400_000, totalBytes: 12_000_000, totalIsEstimate: true }),
      ),
    ).toBe('3.4 MB of ~12.0 MB');
    expect(formatBytesOfTotal(progress({ downloadedBytes: 512 }))).toBe('512 B');
  });

  it('draws the reported percent, else one from bytes, else none', () => {
    expect(progressPercent(progress({ percent: 42.5 }))).toBe(42.5);
    expect(progressPercent(progress({ percent: 130 }))).toBe(100);
    expect(progressPercent(progress({ downloadedBytes: 250, totalBytes: 1000 }))).toBe(25);
    expect(progressPercent(progress({ downloadedBytes: 250 }))).toBeNull();
    // Processing: the step's own percent when it can tell (converting), none while checking.
    expect(progressPercent(progress({ phase: 'processing', step: 'converting', percent: 45 }))).toBe(45);
    expect(progressPercent(progress({ phase: 'processing', step: 'verifying', percent: null }))).toBeNull();
    expect(progressPercent(undefined)).toBeNull();
    expect(formatPercent(42.9)).toBe('42%');
    expect(formatPercent(3.25)).toBe('3.3%');
    expect(formatPercent(100)).toBe('100%');
  });

  it('names fragments when the download has them', () => {
    expect(formatFragments(progress({ fragmentIndex: 3, fragmentCount: 12 }))).toBe('Fragment 3 of 12');
    expect(formatFragments(progress({ fragmentIndex: 3 }))).toBe('Fragment 3');
    expect(formatFragments(progress({}))).toBeNull();
  });

  it('names the part of a merge that is downloading, and nothing for a single file', () => {
    const part = (partIndex: number, partKind: JobProgress['partKind']) =>
      formatPart(progress({ partIndex, partCount: 2, partKind }));
    expect(part(1, 'video')).toBe('Video, part 1 of 2');
    expect(part(2, 'audio')).toBe('Audio, part 2 of 2');
    expect(part(2, 'both')).toBe('Part 2 of 2');
    expect(formatPart(progress({}))).toBeNull();
  });

  it('shows a retry time as the local wall clock', () => {
    const at = new Date(2024, 4, 10, 14, 3, 7);
    expect(formatClock(at.toISOString())).toBe(
      new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' }).format(at),
    );
    expect(formatClock('not a date')).toBe('—');
  });
});

describe("a job's time in lists", () => {
  it('says how a finished job ended: "Failed …", "Cancelled …", never "Finished" for a failure', () => {
    expect(jobTimeLabel('failed')).toBe('Failed');
    expect(jobTimeLabel('cancelled')).toBe('Cancelled');
    expect(jobTimeLabel('completed')).toBe('Finished');
    expect(jobTimeLabel('queued')).toBe('Queued');
  });
});

describe('processingText', () => {
  it('names the step, and for converting its percent, speed and time left', () => {
    expect(processingText(progress({ phase: 'processing', step: 'verifying' }))).toBe(
      'Checking the download…',
    );
    // An Upgrade converting the file on disk takes it from the library first: no download.
    expect(processingText(progress({ phase: 'processing', step: 'copying' }))).toBe('Copying the file…');
    expect(
      processingText(
        progress({
          phase: 'processing',
          step: 'converting',
          percent: 45.2,
          encodeSpeed: 2.14,
          etaSeconds: 30,
        }),
      ),
    ).toBe('Converting · 45% · 2.1× · 0:30 left');
    expect(processingText(progress({ phase: 'processing', step: 'measuring', percent: 80 }))).toBe(
      'Measuring loudness and picture · 80%',
    );
    expect(processingText(progress({ phase: 'processing', step: 'filing' }))).toBe('Filing the trailer…');
    expect(formatEncodeSpeed(0)).toBeNull();
    expect(formatEncodeSpeed(12.6)).toBe('13×');
  });
});
