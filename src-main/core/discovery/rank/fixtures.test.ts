// The ranking on the recorded candidate lists (./fixtures, yt-dlp flat-search JSON as YouTube
// answered, and TMDB videos). `npm run eval:ranking` prints the same figure list by list.
import { describe, expect, it } from 'vitest';
import { accuracy, describeResult, evaluateFixture, fixtureGroups, loadFixtures } from './fixture-set';
import { THRESHOLD } from './rank-candidates';

const fixtures = loadFixtures();

describe('recorded candidate lists', () => {
  it('are at least 32 realistic lists of 6 to 12 candidates, 3 or more without a good one', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(32);
    for (const fixture of fixtures) {
      expect(fixture.candidates.length, fixture.file).toBeGreaterThanOrEqual(6);
      expect(fixture.candidates.length, fixture.file).toBeLessThanOrEqual(12);
    }
    expect(fixtures.filter((fixture) => fixture.expected === null).length).toBeGreaterThanOrEqual(3);
  });

  it('put the expected video first in at least 95 % of the lists', () => {
    const results = fixtures.map(evaluateFixture);
    const misses = results.filter((result) => !result.correct);
    // Printed so a failing run shows what won and why, list by list.
    if (misses.length > 0) console.log(misses.map(describeResult).join('\n\n'));
    const { percent } = accuracy(results);
    expect(percent).toBeGreaterThanOrEqual(95);
  });

  it.each(fixtureGroups)(
    'cover %s with lists of their own, the expected one first in at least 95 % of them',
    (group) => {
      const results = fixtures.filter((fixture) => fixture.group === group).map(evaluateFixture);
      expect(results.length).toBeGreaterThanOrEqual(8);
      const misses = results.filter((result) => !result.correct);
      if (misses.length > 0) console.log(misses.map(describeResult).join('\n\n'));
      expect(accuracy(results).percent).toBeGreaterThanOrEqual(95);
    },
  );

  it('keep every top score below the threshold where no candidate is good', () => {
    for (const fixture of fixtures.filter((f) => f.expected === null)) {
      const top = evaluateFixture(fixture).top;
      expect(top?.score ?? 0, fixture.file).toBeLessThan(THRESHOLD);
    }
  });
});
