import { describe, expect, it } from 'vitest';
import { parseProbeOutput } from './ffprobe-output';
import { ProbeFailed } from './probe-error';

const video = { codec_type: 'video', codec_name: 'h264', width: 1920, height: 1080 };
const audio = { codec_type: 'audio', codec_name: 'aac', tags: { language: 'eng' } };

function parse(json: unknown, path = '/movies/Trailer.mp4') {
  return parseProbeOutput(JSON.stringify(json), path);
}

function failure(stdout: string): ProbeFailed {
  try {
    parseProbeOutput(stdout, '/movies/Trailer.mp4');
  } catch (error) {
    if (error instanceof ProbeFailed) return error;
    throw error;
  }
  throw new Error('expected ProbeFailed');
}

describe('parseProbeOutput validation', () => {
  it('rejects output that is not JSON, or empty', () => {
    expect(failure('').message).toContain('did not print valid JSON');
    expect(failure('{"format": ').code).toBe('PROBE_FAILED');
  });

  it('rejects JSON without a format (what ffprobe prints when it gives up)', () => {
    expect(failure('{\n\n}').message).toContain('at format');
    expect(failure(JSON.stringify({ streams: [video] })).message).toContain('at format');
    expect(failure(JSON.stringify({ format: {}, streams: [] })).message).toContain('format.format_name');
  });

  it('rejects wrong types in the fields it reads', () => {
    const format = { format_name: 'mov,mp4,m4a,3gp,3g2,mj2' };
    expect(failure(JSON.stringify({ format, streams: {} })).message).toContain('at streams');
    expect(failure(JSON.stringify({ format, streams: [{ ...video, width: '1920' }] })).message).toContain(
      'streams.0.width',
    );
    expect(failure(JSON.stringify({ format, streams: [{ ...video, codec_name: 264 }] })).message).toContain(
      'streams.0.codec_name',
    );
    expect(failure(JSON.stringify({ format, streams: [{ ...video, width: -1 }] })).code).toBe('PROBE_FAILED');
    expect(failure(JSON.stringify({ format: { format_name: ['mp4'] }, streams: [] })).code).toBe(
      'PROBE_FAILED',
    );
    expect(failure('null').code).toBe('PROBE_FAILED');
  });

  it('accepts missing optional fields and odd tag values', () => {
    const result = parse({
      format: { format_name: 'avi', tags: { comment: 42, title: null } },
      streams: [{ codec_type: 'video' }, { codec_type: 'data' }],
    });
    expect(result).toEqual({
      fileFormat: 'avi',
      videoFormat: null,
      audioFormat: null,
      audioLanguage: null,
      subtitleFormat: null,
      subtitleLanguage: null,
      durationSeconds: null,
      width: null,
      height: null,
      resolution: null,
      youtubeId: null,
      streamCounts: { video: 1, audio: 0, subtitle: 0 },
    });
    expect(parse({ format: { format_name: 'flv' } }).streamCounts).toEqual({
      video: 0,
      audio: 0,
      subtitle: 0,
    });
  });
});

describe('parseProbeOutput normalisation', () => {
  it('ignores cover art stored as a video stream', () => {
    const cover = {
      codec_type: 'video',
      codec_name: 'mjpeg',
      width: 600,
      height: 600,
      disposition: { attached_pic: 1 },
    };
    const result = parse({
      format: { format_name: 'mov,mp4,m4a,3gp,3g2,mj2' },
      streams: [cover, video, audio],
    });
    expect(result).toMatchObject({ videoFormat: 'h264', width: 1920, resolution: '1080p' });
    expect(result.streamCounts.video).toBe(1);
  });

  it('treats "und" as no language and joins subtitle formats and languages once each', () => {
    const result = parse(
      {
        format: { format_name: 'matroska,webm' },
        streams: [
          video,
          { codec_type: 'audio', codec_name: 'opus', tags: { LANGUAGE: 'und' } },
          { codec_type: 'subtitle', codec_name: 'subrip', tags: { language: 'eng' } },
          { codec_type: 'subtitle', codec_name: 'ass', tags: { language: 'FRA' } },
          { codec_type: 'subtitle', codec_name: 'subrip', tags: { language: 'eng' } },
          { codec_type: 'subtitle', codec_name: 'subrip', tags: { language: 'und' } },
        ],
      },
      '/x/Trailer.mkv',
    );
    expect(result).toMatchObject({
      audioLanguage: null,
      subtitleFormat: 'subrip,ass',
      subtitleLanguage: 'eng,fra',
      streamCounts: { video: 1, audio: 1, subtitle: 4 },
    });
  });

  it('takes the duration from the format, else from the longest stream', () => {
    const format = { format_name: 'matroska,webm' };
    expect(parse({ format: { ...format, duration: '93.250000' }, streams: [video] }).durationSeconds).toBe(
      93.25,
    );
    const streams = [
      { ...video, duration: 'N/A', tags: { DURATION: '00:01:02.500000000' } },
      { ...audio, duration: '61.000000' },
    ];
    expect(parse({ format: { ...format, duration: 'N/A' }, streams }).durationSeconds).toBe(62.5);
  });

  it.each([
    ['matroska,webm', '/t/a.mkv', ['vp9', 'opus'], 'mkv'],
    ['matroska,webm', '/t/a.webm', ['vp9', 'opus'], 'webm'],
    ['matroska,webm', '/t/a.bin', ['vp9', 'opus'], 'webm'],
    ['matroska,webm', '/t/a.bin', ['h264', 'aac'], 'mkv'],
    ['mov,mp4,m4a,3gp,3g2,mj2', '/t/a.MOV', ['h264'], 'mov'],
    ['mov,mp4,m4a,3gp,3g2,mj2', '/t/a.mp4', ['h264'], 'mp4'],
    ['mov,mp4,m4a,3gp,3g2,mj2', '/t/a', ['h264'], 'mp4'],
    ['mpegts', '/t/a.m2ts', ['h264'], 'ts'],
    ['avi', '/t/a.avi', ['mpeg4'], 'avi'],
    ['asf', '/t/a.wmv', ['wmv2'], 'wmv'],
  ])('names %s at %s with %j as %s', (formatName, path, codecs, expected) => {
    const streams = codecs.map((codec_name) => ({ codec_type: 'video', codec_name }));
    expect(parse({ format: { format_name: formatName }, streams }, path).fileFormat).toBe(expected);
  });

  it('names an ISO file with the QuickTime brand and no known extension mov', () => {
    const format = { format_name: 'mov,mp4,m4a,3gp,3g2,mj2', tags: { major_brand: 'qt  ' } };
    expect(parse({ format, streams: [video] }, '/t/trailer').fileFormat).toBe('mov');
  });

  it.each([
    [{ comment: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }, 'dQw4w9WgXcQ'],
    [{ PURL: 'https://youtu.be/abcdefghi_-?t=4' }, 'abcdefghi_-'],
    [{ Description: 'Trailer: https://m.youtube.com/shorts/A1b2C3d4E5f more text' }, 'A1b2C3d4E5f'],
    [{ synopsis: 'see www.youtube-nocookie.com/embed/ZZZZZZZZZZZ' }, 'ZZZZZZZZZZZ'],
    [{ url: 'https://www.youtube.com/watch?feature=share&v=0123456789a&t=1' }, '0123456789a'],
    [
      { comment: 'https://vimeo.com/123456', purl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
      'dQw4w9WgXcQ',
    ],
    [{ comment: 'https://www.youtube.com/watch?v=tooshort' }, null],
    [{ comment: 'https://www.youtube.com/watch?v=dQw4w9WgXcQX' }, null],
    [{ title: 'https://youtu.be/dQw4w9WgXcQ' }, null],
  ])('finds the YouTube id in %j', (tags, expected) => {
    expect(parse({ format: { format_name: 'mp4', tags }, streams: [] }).youtubeId).toBe(expected);
  });
});
