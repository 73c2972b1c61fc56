// Which encoders this ffmpeg can use. Hardware encoders are often compiled in but unusable (no
// GPU, no driver, no /dev/dri access), so each listed one is tried once with a one-frame encode;
// the answer is kept per ffmpeg path for the app's life, since drivers do not change while it runs.
import { ProcessAborted } from '../process/process-errors';
import { runProcess as defaultRunProcess, type RunProcess } from '../process/run-process';
import { ffmpegReason } from './processing-errors';

export type VideoCodecName = 'h264' | 'hevc' | 'av1' | 'vp9';
export type HardwareFamily = 'nvenc' | 'vaapi' | 'qsv' | 'videotoolbox' | 'amf';

export interface HardwareEncoder {
  name: string;
  codec: VideoCodecName;
  family: HardwareFamily;
}

const families: Record<HardwareFamily, readonly [VideoCodecName, string][]> = {
  nvenc: [
    ['h264', 'h264_nvenc'],
    ['hevc', 'hevc_nvenc'],
    ['av1', 'av1_nvenc'],
  ],
  vaapi: [
    ['h264', 'h264_vaapi'],
    ['hevc', 'hevc_vaapi'],
    ['av1', 'av1_vaapi'],
    ['vp9', 'vp9_vaapi'],
  ],
  qsv: [
    ['h264', 'h264_qsv'],
    ['hevc', 'hevc_qsv'],
    ['av1', 'av1_qsv'],
    ['vp9', 'vp9_qsv'],
  ],
  videotoolbox: [
    ['h264', 'h264_videotoolbox'],
    ['hevc', 'hevc_videotoolbox'],
  ],
  amf: [
    ['h264', 'h264_amf'],
    ['hevc', 'hevc_amf'],
    ['av1', 'av1_amf'],
  ],
};

/** Every hardware encoder we know how to drive, in order of preference per codec. */
export const hardwareEncoders: readonly HardwareEncoder[] = (
  Object.keys(families) as HardwareFamily[]
).flatMap((family) => families[family].map(([codec, name]) => ({ name, codec, family })));

export function hardwareEncoder(name: string): HardwareEncoder | undefined {
  return hardwareEncoders.find((encoder) => encoder.name === name);
}

const vaapiDevice = '/dev/dri/renderD128';

/**
 * What a hardware encoder needs around it: options before the input (the VAAPI device) and a
 * video filter at the end of the chain (VAAPI encodes frames uploaded to the GPU).
 */
export function hardwareEncoderSetup(name: string): { inputArgs: string[]; videoFilter: string | null } {
  if (hardwareEncoder(name)?.family === 'vaapi') {
    return { inputArgs: ['-vaapi_device', vaapiDevice], videoFilter: 'format=nv12,hwupload' };
  }
  return { inputArgs: [], videoFilter: null };
}

/** The encoder names in `ffmpeg -encoders` output ("V....D libx264  libx264 H.264…" → libx264). */
export function parseEncoderList(stdout: string): Set<string> {
  const names = new Set<string>();
  for (const line of stdout.split('\n')) {
    const match = /^\s*[VAS][A-Z.]{5}\s+(\S+)/.exec(line);
    if (match?.[1] && match[1] !== '=') names.add(match[1]);
  }
  return names;
}

export interface EncoderInventory {
  /** Every encoder compiled into this ffmpeg (software and hardware). */
  available: ReadonlySet<string>;
  /** Hardware encoders that finished a test encode; empty when hardware was not asked for. */
  workingHardware: ReadonlySet<string>;
}

export type DetectionLog = (level: 'info' | 'warn', message: string) => void;

export interface HardwareEncoderDetectorOptions {
  runProcess?: RunProcess;
  log?: DetectionLog;
  /** How long one test encode may take (a driver that hangs must not hold up the queue). */
  probeTimeoutMs?: number;
}

/** Lists and tries encoders once per ffmpeg path; `reset` forgets what it learnt (tests). */
export class HardwareEncoderDetector {
  private readonly lists = new Map<string, Promise<Set<string>>>();
  private readonly working = new Map<string, Promise<Set<string>>>();
  private readonly runProcess: RunProcess;

  constructor(private readonly options: HardwareEncoderDetectorOptions = {}) {
    this.runProcess = options.runProcess ?? defaultRunProcess;
  }

  /**
   * The encoders this ffmpeg lists; with `withHardware`, also the hardware ones that work. `log`
   * (else the constructor's) hears which work, once, when they are first tried.
   */
  async inventory(ffmpegPath: string, withHardware: boolean, log?: DetectionLog): Promise<EncoderInventory> {
    const available = await this.available(ffmpegPath);
    const workingHardware = withHardware ? await this.workingHardware(ffmpegPath, log) : new Set<string>();
    return { available, workingHardware };
  }

  available(ffmpegPath: string): Promise<Set<string>> {
    return remember(this.lists, ffmpegPath, async () => {
      const { stdout } = await this.runProcess({
        command: ffmpegPath,
        args: ['-hide_banner', '-encoders'],
        timeoutMs: 30_000,
      });
      return parseEncoderList(stdout);
    });
  }

  workingHardware(ffmpegPath: string, log = this.options.log): Promise<Set<string>> {
    return remember(this.working, ffmpegPath, async () => {
      const listed = await this.available(ffmpegPath);
      const working = new Set<string>();
      // One at a time: a few short runs, and parallel GPU sessions can fail where one succeeds.
      for (const encoder of hardwareEncoders) {
        if (listed.has(encoder.name) && (await this.tryEncoder(ffmpegPath, encoder.name, log))) {
          working.add(encoder.name);
        }
      }
      const names = [...working].join(', ');
      this.options.log?.(
        'info',
        names
          ? `Hardware encoders that work: ${names}.`
          : 'No hardware encoder works here; encoding in software.',
      );
      return working;
    });
  }

  reset(): void {
    this.lists.clear();
    this.working.clear();
  }

  private async tryEncoder(
    ffmpegPath: string,
    name: string,
    log: DetectionLog | undefined,
  ): Promise<boolean> {
    const setup = hardwareEncoderSetup(name);
    const args = ['-hide_banner', '-loglevel', 'error', ...setup.inputArgs];
    args.push('-f', 'lavfi', '-i', 'color=black:s=256x256:d=0.1', '-frames:v', '1');
    if (setup.videoFilter) args.push('-vf', setup.videoFilter);
    args.push('-c:v', name, '-f', 'null', '-');
    try {
      await this.runProcess({ command: ffmpegPath, args, timeoutMs: this.options.probeTimeoutMs ?? 15_000 });
      return true;
    } catch (error) {
      if (error instanceof ProcessAborted) throw error;
      log?.('info', `Hardware encoder ${name} is not usable here: ${ffmpegReason(error)}`);
      return false;
    }
  }
}

/** A failed detection is forgotten, so the next job tries again (ffmpeg may have been installed). */
function remember<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const known = cache.get(key);
  if (known) return known;
  const made = make();
  cache.set(key, made);
  made.catch(() => cache.delete(key));
  return made;
}
