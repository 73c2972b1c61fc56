// The player's keyboard: Space plays or pauses, Left/Right seek 5 s, Up/Down change the volume by a
// tenth. Escape is the native <dialog>'s own (it closes and gives focus back to the Play button).

/** The part of an HTMLVideoElement the keys drive (a plain object in tests). */
export interface PlayableVideo {
  paused: boolean;
  currentTime: number;
  duration: number;
  volume: number;
  muted: boolean;
  play(): Promise<void> | void;
  pause(): void;
}

export const seekStepSeconds = 5;
export const volumeStep = 0.1;

/** Elements whose own keys win: Space on the Close button closes, arrows in a field move the caret. */
const ownKeys = new Set(['BUTTON', 'A', 'INPUT', 'SELECT', 'TEXTAREA']);

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Applies `key` to `video`; true when it was a player key (the caller then prevents the browser's
 * default, so the native controls do not act on it a second time).
 */
export function handlePlayerKey(key: string, targetTag: string, video: PlayableVideo): boolean {
  const tag = targetTag.toUpperCase();
  if (ownKeys.has(tag)) return false;
  switch (key) {
    case ' ':
      // A focused <video controls> plays and pauses on Space itself (Chromium does it on keyup,
      // whatever keydown's preventDefault): doing it here too would undo it.
      if (tag === 'VIDEO') return false;
      if (video.paused) void Promise.resolve(video.play()).catch(() => undefined);
      else video.pause();
      return true;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -seekStepSeconds : seekStepSeconds;
      const end = Number.isFinite(video.duration) ? video.duration : Number.MAX_SAFE_INTEGER;
      video.currentTime = clamp(video.currentTime + step, 0, end);
      return true;
    }
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowUp' ? volumeStep : -volumeStep;
      // Rounded to tenths: 0.1 steps in floating point drift (0.30000000000000004).
      video.volume = clamp(Math.round((video.volume + step) * 10) / 10, 0, 1);
      if (key === 'ArrowUp') video.muted = false;
      return true;
    }
    default:
      return false;
  }
}
