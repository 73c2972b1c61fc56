import { describe, expect, it } from 'vitest';
import { processingArgs } from './processing-args';
import type { ProcessingPlan } from './processing-plan';

const loudnorm =
  'loudnorm=I=-16.00:TP=-1.50:LRA=11.00:measured_I=-27.10:measured_TP=-8.00:measured_LRA=2.00:measured_thresh=-37.20:offset=0.30:linear=true:print_format=json';
const base: ProcessingPlan = {
  container: 'mp4',
  quality: 'balanced',
  video: { action: 'copy' },
  audio: { action: 'copy' },
  subtitles: 'none',
  trim: null,
  audioFilter: null,
};

describe('processingArgs', () => {
  it('writes an mp4 conversion with trim, loudness, subtitles, metadata and fast start', () => {
    const plan: ProcessingPlan = {
      ...base,
      video: { action: 'encode', codec: 'h264', encoder: 'libx264', hardware: false, from: 'vp9' },
      audio: { action: 'encode', encoder: 'aac', from: 'opus' },
      subtitles: 'mov_text',
      trim: { start: 1.5, end: 5.25 },
      audioFilter: loudnorm,
    };
    const args = processingArgs(plan, '/in/my trailer.webm', '/out/.processing-x.mp4');
    expect(args.join(' ')).toBe(
      [
        '-hide_banner -nostdin -nostats -y -ss 1.500 -to 5.250 -i /in/my trailer.webm',
        '-map 0:V? -map 0:a? -map 0:s? -map_metadata 0 -map_chapters 0',
        '-c:v libx264 -preset fast -crf 21 -pix_fmt yuv420p',
        `-c:a aac -b:a 160k -af ${loudnorm} -ar 48000`,
        '-c:s mov_text -movflags +faststart -progress pipe:1 -f mp4 /out/.processing-x.mp4',
      ].join(' '),
    );
    // One argument each, whatever the characters: never a shell string.
    expect(args).toContain('/in/my trailer.webm');
  });

  it('gives VAAPI its device and upload filter, and tags H.265 in mp4 as hvc1', () => {
    const plan: ProcessingPlan = {
      ...base,
      quality: 'small',
      video: { action: 'encode', codec: 'hevc', encoder: 'hevc_vaapi', hardware: true, from: 'h264' },
    };
    const args = processingArgs(plan, 'in.mp4', 'out.mp4');
    expect(args.slice(0, 6)).toEqual([
      '-hide_banner',
      '-nostdin',
      '-nostats',
      '-y',
      '-vaapi_device',
      '/dev/dri/renderD128',
    ]);
    expect(args.join(' ')).toContain(
      '-c:v hevc_vaapi -rc_mode CQP -qp 28 -vf format=nv12,hwupload -tag:v hvc1 -c:a copy',
    );
  });

  it('maps the sound to a layout libopus takes, before any loudness filter', () => {
    const opus = (audioFilter: string | null) =>
      processingArgs(
        {
          ...base,
          container: 'webm',
          audio: { action: 'encode', encoder: 'libopus', from: 'ac3' },
          audioFilter,
        },
        'a',
        'b',
      ).join(' ');
    expect(opus(null)).toContain(
      '-c:a libopus -b:a 128k -af aformat=channel_layouts=7.1|5.1|5.0|quad|3.0|stereo|mono -progress',
    );
    expect(opus(loudnorm)).toContain(
      `-af aformat=channel_layouts=7.1|5.1|5.0|quad|3.0|stereo|mono,${loudnorm} -ar 48000`,
    );
  });

  it('uses each encoder’s own quality scale', () => {
    const video = (encoder: string, codec: 'h264' | 'hevc' | 'av1' | 'vp9') =>
      processingArgs(
        {
          ...base,
          container: 'mkv',
          quality: 'high',
          video: { action: 'encode', codec, encoder, hardware: false, from: null },
        },
        'a',
        'b',
      ).join(' ');
    expect(video('libx265', 'hevc')).toContain(
      '-c:v libx265 -preset fast -crf 20 -x265-params log-level=error',
    );
    expect(video('libsvtav1', 'av1')).toContain('-c:v libsvtav1 -preset 8 -crf 28');
    expect(video('libvpx-vp9', 'vp9')).toContain(
      '-c:v libvpx-vp9 -deadline good -cpu-used 4 -row-mt 1 -crf 28 -b:v 0',
    );
    expect(video('h264_nvenc', 'h264')).toContain(
      '-c:v h264_nvenc -preset p5 -rc vbr -cq 21 -b:v 0 -pix_fmt yuv420p',
    );
    expect(video('h264_qsv', 'h264')).toContain('-c:v h264_qsv -global_quality 21 -pix_fmt nv12');
  });

  it('drops picture subtitles; MKV keeps attachments and is written as matroska', () => {
    expect(processingArgs({ ...base, subtitles: 'drop', trim: { start: 1, end: 2 } }, 'a', 'b')).toContain(
      '-sn',
    );
    const mkv = processingArgs({ ...base, container: 'mkv', subtitles: 'copy' }, 'a', 'b').join(' ');
    expect(mkv).toContain('-map 0:V? -map 0:a? -map 0:s? -map 0:t? -map_metadata 0');
    expect(mkv).toContain('-c:v copy -c:a copy -c:s copy -progress pipe:1 -f matroska b');
    expect(mkv).not.toContain('faststart');
  });
});
