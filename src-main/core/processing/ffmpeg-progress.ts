// ffmpeg's machine-readable progress (`-progress pipe:1`): blocks of key=value lines, each closed by
// `progress=continue` or `progress=end`. We read that rather than the human stats line, whose
// layout changes between versions. Values may be "N/A" (no output yet) or negative (before the
// first packet); those read as unknown, never as a jump backwards.

export interface FfmpegProgress {
  /** 0…1 of the expected output; null while unknown (no duration, or no output time yet). */
  fraction: number | null;
  /** Media seconds written per wall-clock second ("1.5x" → 1.5); null while unknown. */
  speed: number | null;
  /** Wall-clock seconds left at the current speed; null while unknown. */
  etaSeconds: number | null;
  /** Seconds of output written so far. */
  outSeconds: number | null;
  /** ffmpeg said `progress=end`. */
  done: boolean;
}

/** Reads progress lines one by one; `push` returns a report at the end of each block. */
export class FfmpegProgressParser {
  private outSeconds: number | null = null;
  private speed: number | null = null;
  private bestFraction = 0;

  /** `expectedSeconds`: how long the output will be (after any trim); null or ≤ 0 when unknown. */
  constructor(private readonly expectedSeconds: number | null) {}

  push(rawLine: string): FfmpegProgress | null {
    const line = rawLine.trim();
    const equals = line.indexOf('=');
    if (equals <= 0) return null;
    const key = line.slice(0, equals).trim();
    const value = line.slice(equals + 1).trim();
    switch (key) {
      case 'out_time_us':
      case 'out_time_ms': {
        // Both are microseconds: out_time_ms is misnamed in ffmpeg and kept for compatibility.
        const micros = finiteNumber(value);
        if (micros !== null && micros >= 0) this.outSeconds = micros / 1_000_000;
        return null;
      }
      case 'out_time':
        if (this.outSeconds === null) this.outSeconds = clockSeconds(value);
        return null;
      case 'speed': {
        const speed = finiteNumber(value.replace(/x$/i, ''));
        this.speed = speed !== null && speed > 0 ? speed : null;
        return null;
      }
      case 'progress':
        return this.report(value === 'end');
      default:
        return null;
    }
  }

  private report(done: boolean): FfmpegProgress {
    const expected = this.expectedSeconds !== null && this.expectedSeconds > 0 ? this.expectedSeconds : null;
    let fraction: number | null = null;
    if (done) fraction = 1;
    else if (expected !== null && this.outSeconds !== null) {
      // Never backwards, and never 1 before ffmpeg says it is done (the last second is muxing).
      fraction = Math.max(this.bestFraction, Math.min(0.999, this.outSeconds / expected));
    }
    if (fraction !== null) this.bestFraction = fraction;
    let etaSeconds: number | null = null;
    if (done) etaSeconds = 0;
    else if (expected !== null && this.outSeconds !== null && this.speed !== null) {
      etaSeconds = Math.max(0, (expected - this.outSeconds) / this.speed);
    }
    return { fraction, speed: this.speed, etaSeconds, outSeconds: this.outSeconds, done };
  }
}

function finiteNumber(text: string): number | null {
  if (text === '' || !/^-?\d+(\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** "00:01:02.500000" → 62.5; null for N/A, negative or garbage. */
function clockSeconds(text: string): number | null {
  const match = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}
