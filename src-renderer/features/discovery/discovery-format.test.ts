import { describe, expect, it } from 'vitest';
import {
  bestScoreText,
  clampScore,
  formatPoints,
  reasonText,
  reviewMessage,
  scoreText,
  sortReasons,
} from './discovery-format';

describe('discovery formatting', () => {
  it('writes points with a sign a reader cannot miss', () => {
    expect(reasonText({ label: 'Title matches', points: 25 })).toBe('+25 Title matches');
    expect(reasonText({ label: "Says 'reaction'", points: -40 })).toBe("\u221240 Says 'reaction'");
    expect(formatPoints(0)).toBe('±0');
    expect(formatPoints(-0.4)).toBe('±0');
  });

  it('keeps scores whole and within 0–100', () => {
    expect(scoreText(72.4)).toBe('72 / 100');
    expect(clampScore(140)).toBe(100);
    expect(clampScore(-5)).toBe(0);
    expect(clampScore(Number.NaN)).toBe(0);
    expect(bestScoreText({ bestScore: null })).toBe('—');
    expect(bestScoreText({ bestScore: 41 })).toBe('41 / 100');
  });

  it('lists the reasons that weighed most first, gains before equal losses', () => {
    const sorted = sortReasons([
      { label: 'Year matches', points: 15 },
      { label: "Says 'review'", points: -40 },
      { label: 'Official channel', points: 40 },
      { label: 'Length fits', points: 5 },
    ]);
    expect(sorted.map((r) => r.label)).toEqual([
      'Official channel',
      "Says 'review'",
      'Year matches',
      'Length fits',
    ]);
  });

  it("explains a review row in plain words when main gave no message, else shows main's", () => {
    expect(reviewMessage({ outcome: 'needs-choice', message: null })).toBe(
      'The best candidate scored below the profile’s minimum.',
    );
    expect(reviewMessage({ outcome: 'no-candidates', message: null })).toBe(
      'No video looked like this title’s trailer.',
    );
    expect(reviewMessage({ outcome: 'error', message: 'yt-dlp is not installed.' })).toBe(
      'yt-dlp is not installed.',
    );
  });
});
