import { describe, expect, it } from 'vitest';
import { FfmpegProgressParser, type FfmpegProgress } from './ffmpeg-progress';

/** Feeds text as ffmpeg writes it and returns every block's report. */
function feed(expected: number | null, text: string): FfmpegProgress[] {
  const parser = new FfmpegProgressParser(expected);
  return text
    .split('\n')
    .map((line) => parser.push(line))
    .filter((report): report is FfmpegProgress => report !== null);
}

// As ffmpeg 5.1 writes them; out_time is "N/A" or negative ("-577014:32:22.775808") at the start.
const block = (outUs: string, speed: string, progress = 'continue'): string => {
  const clock = outUs === 'N/A' ? 'N/A' : outUs.startsWith('-') ? '-577014:32:22.775808' : '00:00:00.000000';
  return `frame=10\nfps=0.0\nbitrate=N/A\ntotal_size=48\nout_time_us=${outUs}\nout_time_ms=${outUs}\nout_time=${clock}\ndup_frames=0\ndrop_frames=0\nspeed=${speed}\nprogress=${progress}\n`;
};

describe('FfmpegProgressParser', () => {
  it('reports the fraction, speed and time left of each block, and 1 at the end', () => {
    const reports = feed(
      10,
      block('2000000', '2x') + block('5000000', '2.5x') + block('10000000', '2.5x', 'end'),
    );
    expect(reports).toEqual([
      { fraction: 0.2, speed: 2, etaSeconds: 4, outSeconds: 2, done: false },
      { fraction: 0.5, speed: 2.5, etaSeconds: 2, outSeconds: 5, done: false },
      { fraction: 1, speed: 2.5, etaSeconds: 0, outSeconds: 10, done: true },
    ]);
  });

  it('reads N/A and the negative start value as unknown, not as zero or a jump back', () => {
    const reports = feed(
      10,
      block('N/A', 'N/A') +
        block('-9223372036854775807', 'N/A') +
        block('3000000', '1.5x') +
        block('N/A', 'N/A'),
    );
    expect(reports.map((r) => r.fraction)).toEqual([null, null, 0.3, 0.3]);
    expect(reports[0]).toMatchObject({ speed: null, etaSeconds: null });
  });

  it('never goes backwards and stays below 1 until ffmpeg says end', () => {
    const reports = feed(4, block('3000000', '1x') + block('2000000', '1x') + block('9000000', '1x'));
    expect(reports.map((r) => r.fraction)).toEqual([0.75, 0.75, 0.999]);
  });

  it('has no fraction without an expected duration, but still the speed and the end', () => {
    const reports = feed(null, block('1000000', '3x') + block('2000000', '3x', 'end'));
    expect(reports[0]).toMatchObject({ fraction: null, speed: 3, etaSeconds: null, outSeconds: 1 });
    expect(reports[1]).toMatchObject({ fraction: 1, done: true });
  });

  it('falls back to out_time when the microsecond keys are missing, and ignores garbage lines', () => {
    const parser = new FfmpegProgressParser(100);
    for (const line of [
      '',
      'garbage',
      '=5',
      'out_time=00:00:25.000000',
      'speed=abcx',
      'bitrate=  12.3kbits/s',
    ])
      expect(parser.push(line)).toBeNull();
    expect(parser.push('progress=continue')).toMatchObject({ fraction: 0.25, speed: null });
  });
});
