import { describe, expect, it } from 'vitest';
import {
  emptyProcessingRecord,
  type ProcessingRecord,
} from '../../../src-preload/contract/processing-values';
import { formatDuration, formatSize, formatTrack, processingFacts, sourceLabel } from './format';
import { formatRelative } from '../../app/dates';

describe('format', () => {
  it('shows durations as m:ss', () => {
    expect(formatDuration(95)).toBe('1:35');
    expect(formatDuration(5.4)).toBe('0:05');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(null)).toBe('—');
  });

  it('shows sizes in decimal units', () => {
    expect(formatSize(12_300_000)).toBe('12.3 MB');
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(1_500)).toBe('1.5 KB');
    expect(formatSize(734_000_000)).toBe('734 MB');
    expect(formatSize(2_100_000_000)).toBe('2.1 GB');
  });

  it('joins codec and language', () => {
    expect(formatTrack('aac', 'eng')).toBe('aac · eng');
    expect(formatTrack('opus', null)).toBe('opus');
    expect(formatTrack(null, null)).toBe('—');
  });

  it('says how long ago', () => {
    const now = Date.parse('2024-05-10T12:00:00Z');
    expect(formatRelative('2024-05-10T11:59:50Z', now)).toBe('just now');
    expect(formatRelative('2024-05-10T11:55:00Z', now)).toMatch(/5 minutes ago/);
  });
});

describe('sourceLabel', () => {
  it('names the site a trailer came from, and says "On disk" only without a link', () => {
    expect(sourceLabel('https://www.youtube.com/watch?v=vKQi3bBA1y8')).toBe('YouTube');
    expect(sourceLabel('https://youtu.be/vKQi3bBA1y8')).toBe('YouTube');
    expect(sourceLabel('https://www.vimeo.com/12345')).toBe('vimeo.com');
    expect(sourceLabel('http://127.0.0.1:8123/media/video.mp4')).toBe('127.0.0.1:8123');
    expect(sourceLabel(null)).toBe('On disk');
  });
});

describe('processingFacts', () => {
  const file = (processing: Partial<ProcessingRecord>) => ({
    videoFormat: 'h264',
    audioFormat: 'aac',
    processing: { ...emptyProcessingRecord, ...processing },
  });

  it('lists what processing did, and nothing for an untouched file', () => {
    expect(processingFacts(file({}))).toEqual([]);
    expect(
      processingFacts(
        file({
          originalVideoFormat: 'vp9',
          originalAudioFormat: 'opus',
          encoder: 'libx264',
          originalLoudness: -31.24,
          loudness: -23.04,
          trimmedSeconds: 4.83,
        }),
      ),
    ).toEqual([
      ['Converted', 'VP9 → H.264, Opus → AAC (libx264)'],
      ['Loudness', '−31.2 LUFS → −23.0 LUFS'],
      ['Trimmed', '4.8 s'],
    ]);
  });

  it('shows a measured level once when it was not changed', () => {
    expect(processingFacts(file({ originalLoudness: -14.2, loudness: -14.2 }))).toEqual([
      ['Loudness', '−14.2 LUFS'],
    ]);
  });
});
