// A merge (best video + best audio) is downloaded by yt-dlp one format after the other, and each
// reports its own progress from 0 to 100 %: the bar would fill for the video, then start again for
// the audio. This turns those reports into one download's progress.
import type { DownloadProgress, FormatPart } from './ytdlp-progress';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * Combines the progress of a merge's parts. Each part weighs by its size, else by its bit rate
 * (the parts last as long as each other, so bytes follow the bit rate), else equally. The parts
 * before the one downloading count as done: a resumed download skips a finished part without a
 * word. Reports of a single format, or of a format not in the list, keep their own figures.
 *
 * The percent never goes back within a run: for HLS/DASH yt-dlp estimates a part's size from the
 * fragments so far, and the small first one makes it jump (measured: 33 %, then 3 %).
 */
export class ProgressAcrossParts {
  private parts: FormatPart[] = [];
  /** Real sizes of the parts yt-dlp said were finished, by index. */
  private readonly finishedBytes = new Map<number, number>();
  private highest = 0;

  /** The parts line of this run ([] for a single format). */
  setParts(parts: readonly FormatPart[]): void {
    this.parts = [...parts];
    this.finishedBytes.clear();
  }

  combine(progress: DownloadProgress): DownloadProgress {
    const combined = this.acrossParts(progress);
    if (combined.percent === null) return combined;
    this.highest = Math.max(this.highest, combined.percent);
    return combined.percent === this.highest ? combined : { ...combined, percent: this.highest };
  }

  private acrossParts(progress: DownloadProgress): DownloadProgress {
    const index = this.parts.findIndex((p) => p.formatId === progress.formatId);
    if (this.parts.length < 2 || index < 0) return progress;
    if (progress.status === 'finished') this.finishedBytes.set(index, progress.downloadedBytes);
    const count = this.parts.length;
    const { shares, proportional } = this.weights();
    const before = sum(shares.slice(0, index));
    const own = shares[index] ?? 0;
    const fraction = progress.percent === null ? 0 : progress.percent / 100;
    const percent = Math.min(100, (before + own * fraction) * 100);

    const sizes = this.sizes(index, progress, shares, proportional);
    const known = sizes.every((s) => s !== null);
    const doneBefore = sum(sizes.slice(0, index).map((s) => s?.bytes ?? 0));
    const downloadedBytes = doneBefore + progress.downloadedBytes;
    const totalBytes = known ? Math.round(sum(sizes.map((s) => s?.bytes ?? 0))) : null;
    const totalIsEstimate = known && sizes.some((s) => s?.estimate);
    const etaSeconds =
      totalBytes !== null && progress.speedBps !== null && progress.speedBps > 0
        ? Math.max(0, (totalBytes - downloadedBytes) / progress.speedBps)
        : progress.etaSeconds;
    const part = this.parts[index] as FormatPart;
    return {
      ...progress,
      // A part's "finished" is not the download's: only the last one ends it.
      status: progress.status === 'finished' && index < count - 1 ? 'downloading' : progress.status,
      downloadedBytes,
      totalBytes,
      totalIsEstimate,
      percent,
      etaSeconds,
      part: { index: index + 1, count, kind: part.kind },
    };
  }

  /**
   * Each part's share of the whole, adding up to 1; `proportional` when the shares follow the
   * parts' sizes (from sizes or bit rates), so one known size tells the others.
   */
  private weights(): { shares: number[]; proportional: boolean } {
    const all = (pick: (p: FormatPart, j: number) => number | null): number[] | null => {
      const values = this.parts.map(pick);
      return values.every((v): v is number => v !== null && v > 0) ? values : null;
    };
    const raw = all((p, j) => this.finishedBytes.get(j) ?? p.bytes) ?? all((p) => p.bitrate);
    const weights = raw ?? this.parts.map(() => 1);
    const total = sum(weights);
    return { shares: weights.map((w) => w / total), proportional: raw !== null };
  }

  /**
   * Each part's size: its real one once finished, the current one's as yt-dlp reports it, else
   * what the site said, else scaled by the shares from a part whose size is known. Null when
   * nothing tells it.
   */
  private sizes(
    current: number,
    progress: DownloadProgress,
    shares: readonly number[],
    proportional: boolean,
  ): ({ bytes: number; estimate: boolean } | null)[] {
    const stated = this.parts.map((part, j) => {
      const finished = this.finishedBytes.get(j);
      if (finished !== undefined) return { bytes: finished, estimate: false };
      if (j === current && progress.totalBytes !== null)
        return { bytes: progress.totalBytes, estimate: progress.totalIsEstimate };
      return part.bytes === null ? null : { bytes: part.bytes, estimate: true };
    });
    if (!proportional) return stated;
    const j = stated.findIndex((s) => s !== null);
    const reference = stated[j];
    const share = shares[j] ?? 0;
    if (!reference || share <= 0) return stated;
    return stated.map((s, k) => s ?? { bytes: (reference.bytes * (shares[k] ?? 0)) / share, estimate: true });
  }
}
