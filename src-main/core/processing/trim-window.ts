// Which part of a download to keep when the profile trims silent or black heads and tails (a
// silent studio logo card, a black lead-in, an end slate followed by silence). Pure: the spans come
// from analyse-media.ts, and the encoder cuts to the window this returns.
//
// The rules:
// 1. Silent and black spans count alike: a silent logo card and a black slate are both dead air.
//    A single span covering the whole file says nothing about its ends (a trailer with a silent
//    track, or a black picture over sound) and is ignored.
// 2. The head is the run of spans from 0: the first must start within `edgeTolerance` (0.25 s)
//    of 0, and each next span of either kind must start within `joinGap` (0.25 s) of where the
//    run has reached (overlapping or adjacent spans merge). The tail is the same run backwards
//    from the end (the last black frame is reported at its start time, a frame before the end:
//    hence the tolerance).
// 3. `margin` (0.1 s) of the run is kept at each end, so a cut never clips the first or last
//    real frame.
// 4. Each end's cut is capped at 30 s or 30 % of the file, whichever is less: a trailer that is
//    quiet or dark for a long stretch is never gutted.
// 5. When the head's run reaches the tail's run, nothing real was found between them (all dead
//    air): nothing is cut, that file is a problem for the audit, not for trimming.
// 6. The result is never shorter than the profile's minimum duration: the cut is given back from
//    the tail first, then from the head, because a late start is what the person notices on
//    every play while a few seconds of end slate cost nothing; a file already shorter than the
//    minimum is not cut at all.
// 7. An end's cut under `minimumCut` (0.25 s) is not made: not worth a re-encode, and within
//    measuring noise. Null when neither end is cut.
import type { MediaAnalysis, TimeSpan } from './analysis-types';

export interface TrimWindow {
  /** Seconds from the start of the file where the kept part begins. */
  start: number;
  /** Seconds from the start of the file where the kept part ends. */
  end: number;
  /** Seconds cut from both ends together. */
  trimmedSeconds: number;
}

const edgeTolerance = 0.25;
const joinGap = 0.25;
const margin = 0.1;
const maxCutCap = 30;
const maxCutFraction = 0.3;
const minimumCut = 0.25;

/** The part of the file to keep; null when nothing is worth cutting. */
export function trimWindow(
  analysis: Pick<MediaAnalysis, 'silences' | 'blacks'>,
  durationSeconds: number,
  minDurationSeconds: number | null,
): TrimWindow | null {
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) return null;
  const duration = durationSeconds;
  const spans = deadSpans([...analysis.silences, ...analysis.blacks], duration);
  const headReach = reachFromStart(spans);
  const tailReach = reachFromEnd(spans, duration);
  if (headReach >= tailReach) return null;

  const cap = maxCutSeconds(duration);
  let head = Math.min(cap, Math.max(0, headReach - margin));
  let tail = Math.min(cap, Math.max(0, duration - tailReach - margin));

  const minimum = minDurationSeconds !== null && Number.isFinite(minDurationSeconds) ? minDurationSeconds : 0;
  if (duration < minimum) return null;
  let excess = duration - head - tail - minimum;
  if (excess < 0) {
    const fromTail = Math.min(tail, -excess);
    tail -= fromTail;
    excess += fromTail;
    if (excess < 0) head -= Math.min(head, -excess);
  }
  if (head < minimumCut) head = 0;
  if (tail < minimumCut) tail = 0;
  if (head === 0 && tail === 0) return null;
  const start = roundMs(head);
  const end = roundMs(duration - tail);
  return { start, end, trimmedSeconds: roundMs(start + duration - end) };
}

/** Valid spans clamped to the file, sorted by start; a span covering the whole file is dropped. */
function deadSpans(spans: readonly TimeSpan[], duration: number): TimeSpan[] {
  return spans
    .filter((span) => Number.isFinite(span.start) && Number.isFinite(span.end))
    .map((span) => ({ start: Math.max(0, span.start), end: Math.min(duration, span.end) }))
    .filter((span) => span.end > span.start)
    .filter((span) => !(span.start <= edgeTolerance && span.end >= duration - edgeTolerance))
    .sort((a, b) => a.start - b.start);
}

/** How far from 0 the spans reach without a gap (0 when none starts at the beginning). */
function reachFromStart(sorted: readonly TimeSpan[]): number {
  let reach = 0;
  for (const span of sorted) {
    const limit = reach === 0 ? edgeTolerance : reach + joinGap;
    if (span.start > limit) break;
    reach = Math.max(reach, span.end);
  }
  return reach;
}

/** How far back from the end the spans reach without a gap (the duration when none ends there). */
function reachFromEnd(sorted: readonly TimeSpan[], duration: number): number {
  let reach = duration;
  const byEnd = [...sorted].sort((a, b) => b.end - a.end);
  for (const span of byEnd) {
    const limit = reach === duration ? duration - edgeTolerance : reach - joinGap;
    if (span.end < limit) break;
    reach = Math.min(reach, span.start);
  }
  return reach;
}

/** The most trimWindow cuts from one end of a file this long (rule 4). */
export function maxCutSeconds(durationSeconds: number): number {
  return Math.max(0, Math.min(maxCutCap, durationSeconds * maxCutFraction));
}

function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
