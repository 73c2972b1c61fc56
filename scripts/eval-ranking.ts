// How often the trailer ranking picks what a careful person would, over the recorded candidate
// lists in src-main/core/discovery/rank/fixtures. A report: it always exits 0.
//   npm run eval:ranking            (add --why to print the reasons of every miss)
import { THRESHOLD } from '../src-main/core/discovery/rank/rank-candidates';
import {
  accuracy,
  describeResult,
  evaluateFixture,
  fixtureGroups,
  loadFixtures,
} from '../src-main/core/discovery/rank/fixture-set';

const showWhy = process.argv.includes('--why');
const results = loadFixtures().map(evaluateFixture);
const cut = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

for (const result of results) {
  const { fixture, top } = result;
  const expected =
    fixture.expected === null
      ? `(none, < ${THRESHOLD})`
      : (fixture.candidates.find((c) => c.id === fixture.expected)?.title ?? fixture.expected);
  const pick = top ? `${top.candidate.title}` : '(nothing)';
  const score = top ? String(top.score).padStart(3) : '  –';
  console.log(
    `${result.correct ? '✓' : '✗'} ${cut(fixture.file.replace(/\.json$/, ''), 38)} expected ${cut(expected, 44)} top ${cut(pick, 44)} ${score}`,
  );
}

const misses = results.filter((result) => !result.correct);
if (showWhy && misses.length > 0) {
  console.log('\nMisses:');
  for (const miss of misses) console.log(describeResult(miss));
}
console.log('\nBy group (goal: 95 % or better in each):');
for (const group of fixtureGroups) {
  const of = accuracy(results.filter((result) => result.fixture.group === group));
  if (of.total === 0) continue;
  console.log(
    `  ${group.padEnd(10)} ${String(of.correct).padStart(3)} of ${String(of.total).padStart(3)}  ${of.percent.toFixed(1)} %`,
  );
}
const { correct, total, percent } = accuracy(results);
const exact = results.filter(
  (result) => result.fixture.expected === null || result.top?.candidate.id === result.fixture.expected,
).length;
console.log(`\nTop pick is the expected one in ${correct} of ${total} lists (${percent.toFixed(1)} %)`);
console.log(
  `(${exact} exactly the expected video, ${correct - exact} an upload the list names as just as good)`,
);
