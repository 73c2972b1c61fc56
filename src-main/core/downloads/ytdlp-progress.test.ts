import { describe, expect, it } from 'vitest';
import { parseFinalPathLine, parseInfoLine, parsePartsLine, parseProgressLine } from './ytdlp-progress';

// Recorded from yt-dlp 2023.03.04 with the template of ytdlp-args.ts (the loopback media server).
const recorded = {
  start:
    'TDPROGRESS {"progress":{"status": "downloading", "downloaded_bytes": 1024, "total_bytes": 1096523, "elapsed": 0.0017},"formatId":"mp4"}',
  middle:
    'TDPROGRESS {"progress":{"status": "downloading", "downloaded_bytes": 31744, "total_bytes": 1096523, "speed": 631436.1074272381, "eta": 1, "elapsed": 0.0518},"formatId":"mp4"}',
  finished:
    'TDPROGRESS {"progress":{"status": "finished", "downloaded_bytes": 1096523, "total_bytes": 1096523, "speed": 329007.78, "elapsed": 3.33},"formatId":"mp4"}',
  hls: 'TDPROGRESS {"progress":{"status": "downloading", "downloaded_bytes": 3072, "total_bytes_estimate": 61288.0, "speed": 990384.46, "eta": 0, "fragment_index": 1, "fragment_count": 2},"formatId":"278"}',
};

describe('parseProgressLine', () => {
  it('reads the first line of a download, before yt-dlp knows the speed', () => {
    expect(parseProgressLine(recorded.start)).toEqual({
      status: 'downloading',
      downloadedBytes: 1024,
      totalBytes: 1096523,
      totalIsEstimate: false,
      percent: (1024 / 1096523) * 100,
      speedBps: null,
      etaSeconds: null,
      fragmentIndex: null,
      fragmentCount: null,
      formatId: 'mp4',
      part: null,
    });
  });

  it('reads speed and ETA once they are known', () => {
    expect(parseProgressLine(recorded.middle)).toMatchObject({ speedBps: 631436.1074272381, etaSeconds: 1 });
  });

  it('reports 100 % when a file is finished', () => {
    expect(parseProgressLine(recorded.finished)).toMatchObject({ status: 'finished', percent: 100 });
  });

  it('marks the total of a fragmented stream as an estimate and reads the fragments', () => {
    expect(parseProgressLine(recorded.hls)).toMatchObject({
      totalBytes: 61288,
      totalIsEstimate: true,
      fragmentIndex: 1,
      fragmentCount: 2,
      formatId: '278',
    });
  });

  it('tolerates the NA placeholder, NaN and Infinity as unknown values', () => {
    const line =
      'TDPROGRESS {"progress":{"status": "downloading", "downloaded_bytes": 500, "total_bytes": "NA", "speed": Infinity, "eta": NaN},"formatId":"NA"}';
    expect(parseProgressLine(line)).toMatchObject({
      downloadedBytes: 500,
      totalBytes: null,
      percent: null,
      speedBps: null,
      etaSeconds: null,
      formatId: null,
    });
  });

  it('ignores every other line, and a tagged line that is not progress', () => {
    expect(parseProgressLine('[download] Destination: video.mp4')).toBeNull();
    expect(parseProgressLine('[download]  10.0% of 1.05MiB at 1.00MiB/s ETA 00:01')).toBeNull();
    expect(parseProgressLine('TDPROGRESS {"progress":')).toBeNull();
    expect(parseProgressLine('TDPROGRESS {"progress":{"downloaded_bytes": 5}}')).toBeNull();
    expect(parseProgressLine('TDFILE "/tmp/a.mp4"')).toBeNull();
  });
});

describe('parseFinalPathLine', () => {
  it('reads a JSON-quoted path, whatever its script', () => {
    const path = '/media/Amélie (2001)/“quoted” 100% 🎬 映画.mkv';
    expect(parseFinalPathLine(`TDFILE ${JSON.stringify(path)}`)).toBe(path);
    // yt-dlp escapes non-ASCII as \uXXXX (ensure_ascii), surrogate pairs included.
    expect(parseFinalPathLine('TDFILE "/tmp/\\u00e9 \\ud83c\\udfac.mp4"')).toBe('/tmp/é 🎬.mp4');
  });

  it('ignores other lines and the NA placeholder', () => {
    expect(parseFinalPathLine('/tmp/a.mp4')).toBeNull();
    expect(parseFinalPathLine('TDFILE "NA"')).toBeNull();
    expect(parseFinalPathLine('TDFILE not json')).toBeNull();
  });
});

describe('parseInfoLine', () => {
  it('reads a line recorded from yt-dlp 2023.03.04 on the loopback server (no duration known)', () => {
    const line =
      'TDINFO {"id": "video-1", "extractor_key": "HTML5MediaEmbed", "webpage_url": "http://127.0.0.1:33031/page/video.webm"}';
    expect(parseInfoLine(line)).toEqual({
      id: 'video-1',
      durationSeconds: null,
      extractor: 'HTML5MediaEmbed',
      webpageUrl: 'http://127.0.0.1:33031/page/video.webm',
    });
  });

  it('reads the duration a site gives, whole or fractional', () => {
    // The shape yt-dlp dumps for a YouTube video (keys in the template's order).
    const youtube =
      'TDINFO {"id": "dQw4w9WgXcQ", "duration": 212, "extractor_key": "Youtube", "webpage_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"}';
    expect(parseInfoLine(youtube)).toMatchObject({
      id: 'dQw4w9WgXcQ',
      durationSeconds: 212,
      extractor: 'Youtube',
    });
    expect(parseInfoLine('TDINFO {"id": "a", "duration": 93.52}')?.durationSeconds).toBe(93.52);
  });

  it('treats a zero, negative, NaN or placeholder duration as unknown', () => {
    for (const duration of ['0', '-5', 'NaN', 'Infinity', '"NA"', 'null']) {
      expect(parseInfoLine(`TDINFO {"id": "a", "duration": ${duration}}`)).toMatchObject({
        id: 'a',
        durationSeconds: null,
      });
    }
  });

  it('leaves a URL alone whatever it contains', () => {
    const url = 'https://example.com/v?t="duration": NaN&x=\u00e9';
    const line = `TDINFO ${JSON.stringify({ id: 'x', webpage_url: url })}`;
    expect(parseInfoLine(line)?.webpageUrl).toBe(url);
  });

  it('ignores other lines, and a tagged line that is not an object', () => {
    expect(parseInfoLine('TDFILE "/tmp/a.mp4"')).toBeNull();
    expect(parseInfoLine('[info] dQw4w9WgXcQ: Downloading 1 format(s): 22')).toBeNull();
    expect(parseInfoLine('TDINFO "NA"')).toBeNull();
    expect(parseInfoLine('TDINFO {"id": ')).toBeNull();
    expect(parseProgressLine('TDINFO {"id": "a"}')).toBeNull();
    expect(parseFinalPathLine('TDINFO {"id": "a"}')).toBeNull();
  });
});

describe('parsePartsLine', () => {
  it('reads the parts of a merge recorded from yt-dlp 2023.03.04 (a DASH manifest: bit rates, no sizes)', () => {
    const line =
      'TDPARTS [{"format_id": "1", "tbr": 400.0, "vcodec": "avc1.42c016", "acodec": "none"}, {"format_id": "3", "tbr": 64.0, "vcodec": "none", "acodec": "mp4a.40.2"}]';
    expect(parsePartsLine(line)).toEqual([
      { formatId: '1', kind: 'video', bytes: null, bitrate: 400 },
      { formatId: '3', kind: 'audio', bytes: null, bitrate: 64 },
    ]);
  });

  it('takes the exact size, else the approximate one; NaN and placeholders are unknown', () => {
    const line =
      'TDPARTS [{"format_id": "137", "filesize": 5000000, "filesize_approx": 4900000, "vcodec": "avc1", "acodec": "none"}, {"format_id": "140", "filesize_approx": 800000.5, "tbr": NaN, "vcodec": "NA", "acodec": "mp4a.40.2"}]';
    expect(parsePartsLine(line)).toEqual([
      { formatId: '137', kind: 'video', bytes: 5000000, bitrate: null },
      { formatId: '140', kind: 'audio', bytes: 800000.5, bitrate: null },
    ]);
  });

  it('has no parts for a single format, which yt-dlp prints as {} or NA, or for a line that does not parse', () => {
    expect(parsePartsLine('TDPARTS {}')).toEqual([]);
    expect(parsePartsLine('TDPARTS NA')).toEqual([]);
    expect(parsePartsLine('TDPARTS [{"format_id": "18"}]')).toEqual([]);
    expect(parsePartsLine('TDPARTS [{"format_id": 1}, {"format_id": 2}]')).toEqual([]);
  });

  it('ignores other lines', () => {
    expect(parsePartsLine('[download] Destination: x.mp4')).toBeNull();
    expect(parsePartsLine('TDINFO {"id": "x"}')).toBeNull();
  });
});
