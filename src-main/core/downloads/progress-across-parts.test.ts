import { describe, expect, it } from 'vitest';
import { ProgressAcrossParts } from './progress-across-parts';
import type { DownloadProgress, FormatPart } from './ytdlp-progress';

const video = (extra: Partial<FormatPart> = {}): FormatPart => ({
  formatId: '1',
  kind: 'video',
  bytes: null,
  bitrate: null,
  ...extra,
});
const audio = (extra: Partial<FormatPart> = {}): FormatPart => ({
  formatId: '3',
  kind: 'audio',
  bytes: null,
  bitrate: null,
  ...extra,
});

/** A report as parseProgressLine gives it: this part's own bytes and percent. */
function report(formatId: string, downloadedBytes: number, totalBytes: number | null, finished = false) {
  const progress: DownloadProgress = {
    status: finished ? 'finished' : 'downloading',
    downloadedBytes,
    totalBytes,
    totalIsEstimate: false,
    percent: finished ? 100 : totalBytes === null ? null : (downloadedBytes / totalBytes) * 100,
    speedBps: 10_000,
    etaSeconds: 1,
    fragmentIndex: null,
    fragmentCount: null,
    formatId,
    part: null,
  };
  return progress;
}

function combiner(parts: FormatPart[]): ProgressAcrossParts {
  const combine = new ProgressAcrossParts();
  combine.setParts(parts);
  return combine;
}

describe('ProgressAcrossParts', () => {
  it('weighs the parts of a DASH merge by bit rate: the audio no longer restarts the bar at 0', () => {
    // The sizes yt-dlp 2023.03.04 reported for the loopback manifest (400 and 64 kbit/s).
    const combine = combiner([video({ bitrate: 400 }), audio({ bitrate: 64 })]);
    const halfway = combine.combine(report('1', 37_436, 74_873));
    expect(halfway.percent).toBeCloseTo(((37_436 / 74_873) * 100 * 400) / 464, 5);
    expect(halfway.part).toEqual({ index: 1, count: 2, kind: 'video' });
    // The audio's size, not yet known, is estimated from the video's by their bit rates.
    expect(halfway.totalBytes).toBe(Math.round(74_873 * (464 / 400)));
    expect(halfway.totalIsEstimate).toBe(true);

    const videoDone = combine.combine(report('1', 74_873, 74_873, true));
    expect(videoDone.percent).toBeCloseTo(100 * (400 / 464), 5);
    expect(videoDone.status).toBe('downloading');

    const audioStart = combine.combine(report('3', 1_000, 17_926));
    expect(audioStart.percent).toBeGreaterThan(videoDone.percent ?? 0);
    expect(audioStart.part).toEqual({ index: 2, count: 2, kind: 'audio' });
    expect(audioStart.downloadedBytes).toBe(74_873 + 1_000);
    expect(audioStart.totalBytes).toBe(74_873 + 17_926);
    expect(audioStart.totalIsEstimate).toBe(false);
    // Time left is the whole's: what remains of both at the reported speed.
    expect(audioStart.etaSeconds).toBeCloseTo(16_926 / 10_000, 5);

    const done = combine.combine(report('3', 17_926, 17_926, true));
    expect(done).toMatchObject({ percent: 100, status: 'finished', downloadedBytes: 92_799 });
  });

  it('weighs by the sizes the site gave when it gave them', () => {
    const combine = combiner([video({ bytes: 900 }), audio({ bytes: 100 })]);
    expect(combine.combine(report('1', 450, 900)).percent).toBeCloseTo(45, 5);
    expect(combine.combine(report('3', 50, 100)).percent).toBeCloseTo(95, 5);
  });

  it('splits evenly when nothing tells the sizes, and says no total rather than a wrong one', () => {
    const combine = combiner([video(), audio()]);
    const first = combine.combine(report('1', 500, null));
    expect(first.percent).toBe(0);
    expect(first.totalBytes).toBeNull();
    expect(combine.combine(report('1', 500, 1_000)).percent).toBeCloseTo(25, 5);
    expect(combine.combine(report('3', 100, 200)).percent).toBeCloseTo(75, 5);
  });

  it('counts a part skipped by a resumed download as done', () => {
    // The video was complete before the pause: yt-dlp goes straight to the audio without a line.
    const combine = combiner([video({ bytes: 900 }), audio({ bytes: 100 })]);
    const resumed = combine.combine(report('3', 10, 100));
    expect(resumed.percent).toBeCloseTo(91, 5);
    expect(resumed.downloadedBytes).toBe(910);
  });

  it('never goes back over a realistic run', () => {
    const combine = combiner([video({ bitrate: 2_500 }), audio({ bitrate: 128 })]);
    const percents: number[] = [];
    for (let b = 0; b <= 10_000; b += 1_000)
      percents.push(combine.combine(report('1', b, 10_000)).percent ?? -1);
    percents.push(combine.combine(report('1', 10_000, 10_000, true)).percent ?? -1);
    for (let b = 0; b <= 512; b += 128) percents.push(combine.combine(report('3', b, 512)).percent ?? -1);
    percents.push(combine.combine(report('3', 512, 512, true)).percent ?? -1);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
  });

  it('leaves a single format, or a format it was not told of, as yt-dlp reported it', () => {
    const single = combiner([]);
    const line = report('18', 500, 1_000);
    expect(single.combine(line)).toBe(line);
    const merge = combiner([video(), audio()]);
    const other = report('999', 500, 1_000);
    expect(merge.combine(other)).toBe(other);
  });

  it('holds the percent when a fragmented stream re-estimates its size downwards', () => {
    // Recorded shape: after the small first fragment yt-dlp guesses 3× its size, then corrects.
    const single = combiner([]);
    expect(single.combine(report('1', 829, 2_487)).percent).toBeCloseTo(33.3, 1);
    const corrected = single.combine(report('1', 1_853, 54_169));
    expect(corrected.percent).toBeCloseTo(33.3, 1);
    expect(corrected.downloadedBytes).toBe(1_853);
    expect(single.combine(report('1', 40_000, 54_169)).percent).toBeCloseTo(73.8, 1);
  });
});
