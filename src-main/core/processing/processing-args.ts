// A processing plan as ffmpeg's argument list (an array, never a shell string). Machine-readable
// progress goes to stdout (`-progress pipe:1`); stderr keeps ffmpeg's messages, where the loudnorm
// filter prints its pass-2 JSON at the end, so the log level stays at info.
import type { Container } from '../../../src-preload/contract/profiles';
import { audioBitrate, videoQualityArgs } from './encoder-choice';
import { hardwareEncoderSetup } from './hardware-encoders';
import type { ProcessingPlan } from './processing-plan';

const opusLayouts = '7.1|5.1|5.0|quad|3.0|stereo|mono';
const muxers: Record<Container, string> = { mkv: 'matroska', mp4: 'mp4', webm: 'webm' };

/** ffmpeg's arguments to write `output` from `input` as the plan says. */
export function processingArgs(plan: ProcessingPlan, input: string, output: string): string[] {
  const video = plan.video;
  const hardware = video?.action === 'encode' ? hardwareEncoderSetup(video.encoder) : null;
  const args = ['-hide_banner', '-nostdin', '-nostats', '-y', ...(hardware?.inputArgs ?? [])];
  if (plan.trim) {
    // Input options: ffmpeg decodes from the keyframe before `start` and drops frames up to it, so
    // the re-encoded picture starts exactly there; timestamps then start at 0.
    args.push('-ss', seconds(plan.trim.start), '-to', seconds(plan.trim.end));
  }
  args.push('-i', input);
  // V (capital): the picture, not an embedded cover image, which would be encoded as a 1-frame video.
  args.push('-map', '0:V?', '-map', '0:a?', '-map', '0:s?');
  // MKV keeps its attachments (the fonts its ASS subtitles are drawn with); other containers have none.
  if (plan.container === 'mkv') args.push('-map', '0:t?');
  args.push('-map_metadata', '0', '-map_chapters', '0');

  if (video?.action === 'encode') {
    args.push('-c:v', video.encoder, ...videoQualityArgs(video.encoder, plan.quality));
    if (hardware?.videoFilter) args.push('-vf', hardware.videoFilter);
    // Apple's players refuse H.265 in MP4 under the default hev1 tag.
    if (video.codec === 'hevc' && plan.container === 'mp4') args.push('-tag:v', 'hvc1');
  } else if (video) {
    args.push('-c:v', 'copy');
  }

  const audio = plan.audio;
  if (audio?.action === 'encode') {
    args.push('-c:a', audio.encoder);
    const bitrate = audioBitrate(audio.encoder, plan.quality);
    if (bitrate) args.push('-b:a', bitrate);
    const filters: string[] = [];
    // libopus takes only the layouts of its mapping families: AC-3's and DTS's "5.1(side)" is
    // refused ("Invalid channel layout"), so the sound is first mapped to the nearest of them.
    if (audio.encoder === 'libopus') filters.push(`aformat=channel_layouts=${opusLayouts}`);
    // loudnorm outputs 192 kHz. The rate goes back to 48 kHz through `-ar`, not an aresample
    // inside the chain: ffmpeg 5.1 fails "loudnorm,aresample" before the AAC encoder ("Cannot
    // select channel layout"), while -ar lets ffmpeg negotiate the layout (mono stays mono).
    if (plan.audioFilter) filters.push(plan.audioFilter);
    if (filters.length > 0) args.push('-af', filters.join(','));
    if (plan.audioFilter) args.push('-ar', '48000');
  } else if (audio) {
    args.push('-c:a', 'copy');
  }

  if (plan.subtitles === 'drop') args.push('-sn');
  else if (plan.subtitles !== 'none') args.push('-c:s', plan.subtitles);

  if (plan.container === 'mp4') args.push('-movflags', '+faststart');
  args.push('-progress', 'pipe:1', '-f', muxers[plan.container], output);
  return args;
}

/** Seconds with millisecond precision, the way ffmpeg reads a duration ("12.345"). */
function seconds(value: number): string {
  return (Math.round(value * 1000) / 1000).toFixed(3);
}
