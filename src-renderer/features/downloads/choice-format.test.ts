import { describe, expect, it } from 'vitest';
import { choiceScoreText, choiceSummaryText } from './choice-format';

describe('choice texts', () => {
  it('says the score against the minimum it had to reach', () => {
    expect(choiceScoreText({ score: 87, minScore: 50 })).toBe('Score 87 / 100, minimum 50');
    expect(choiceScoreText({ score: 100, minScore: null })).toBe('Score 100 / 100');
    expect(choiceScoreText({ score: null, minScore: null })).toBeNull();
  });

  it('names where an unranked link came from', () => {
    expect(choiceSummaryText({ source: 'pasted', chosenBy: 'person', score: null, minScore: null })).toBe(
      'Link given by you',
    );
    expect(choiceSummaryText({ source: 'nfo', chosenBy: 'person', score: null, minScore: null })).toBe(
      "The title's NFO file",
    );
    expect(
      choiceSummaryText({ source: 'library-file', chosenBy: 'person', score: null, minScore: null }),
    ).toBe('The file on disk (converted by Upgrade)');
    expect(choiceSummaryText({ source: 'tmdb', chosenBy: 'run', score: 72, minScore: 60 })).toBe(
      'Score 72 / 100, minimum 60',
    );
  });
});
