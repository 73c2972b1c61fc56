import { describe, expect, it } from 'vitest';
import { handlePlayerKey, type PlayableVideo } from './player-keys';

function video(overrides: Partial<PlayableVideo> = {}): PlayableVideo {
  return {
    paused: true,
    currentTime: 10,
    duration: 60,
    volume: 0.5,
    muted: false,
    play() {
      this.paused = false;
    },
    pause() {
      this.paused = true;
    },
    ...overrides,
  };
}

describe('handlePlayerKey', () => {
  it('plays and pauses with Space, leaving it to a focused video, which does it itself', () => {
    const v = video();
    expect(handlePlayerKey(' ', 'DIV', v)).toBe(true);
    expect(v.paused).toBe(false);
    handlePlayerKey(' ', 'DIV', v);
    expect(v.paused).toBe(true);
    expect(handlePlayerKey(' ', 'VIDEO', v)).toBe(false);
    expect(v.paused).toBe(true);
  });

  it('seeks 5 s with the arrows, never before the start or past the end', () => {
    const v = video({ currentTime: 3 });
    handlePlayerKey('ArrowRight', 'VIDEO', v);
    expect(v.currentTime).toBe(8);
    handlePlayerKey('ArrowLeft', 'VIDEO', v);
    handlePlayerKey('ArrowLeft', 'VIDEO', v);
    expect(v.currentTime).toBe(0);
    const nearEnd = video({ currentTime: 58 });
    handlePlayerKey('ArrowRight', 'VIDEO', nearEnd);
    expect(nearEnd.currentTime).toBe(60);
  });

  it('changes the volume by tenths within 0..1, and Up unmutes', () => {
    const v = video({ volume: 0.9, muted: true });
    handlePlayerKey('ArrowUp', 'VIDEO', v);
    handlePlayerKey('ArrowUp', 'VIDEO', v);
    expect(v).toMatchObject({ volume: 1, muted: false });
    for (let i = 0; i < 12; i += 1) handlePlayerKey('ArrowDown', 'VIDEO', v);
    expect(v.volume).toBe(0);
    handlePlayerKey('ArrowUp', 'VIDEO', v);
    expect(v.volume).toBe(0.1);
  });

  it("leaves a button's keys to the button and ignores other keys", () => {
    const v = video();
    expect(handlePlayerKey(' ', 'BUTTON', v)).toBe(false);
    expect(v.paused).toBe(true);
    expect(handlePlayerKey('Enter', 'VIDEO', v)).toBe(false);
    expect(handlePlayerKey('Escape', 'VIDEO', v)).toBe(false);
  });
});
