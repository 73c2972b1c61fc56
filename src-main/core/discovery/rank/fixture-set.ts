// The recorded candidate lists in ./fixtures and how the ranking does on them; shared by the
// accuracy test and `scripts/eval-ranking.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { videoTypes } from '../../../../src-preload/contract/video-kinds';
import { rankCandidates, THRESHOLD } from './rank-candidates';
import { type FlatCandidate, type RankContext, type RankedCandidate, type Ranking } from './types';

export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** What a list tests: the title's trailer (the first lists), a type, a season, a language. */
export const fixtureGroups = ['trailer', 'types', 'seasons', 'languages'] as const;
export type FixtureGroup = (typeof fixtureGroups)[number];

const fixtureSchema = z.object({
  name: z.string(),
  group: z.enum(fixtureGroups).default('trailer'),
  query: z.string().optional(),
  why: z.string().optional(),
  context: z.object({
    title: z.string(),
    year: z.number().nullable(),
    kind: z.enum(['movie', 'series']),
    alternativeTitles: z.array(z.string()).optional(),
    language: z.string().nullable(),
    minDurationSeconds: z.number().nullable(),
    maxDurationSeconds: z.number().nullable(),
    excludeWords: z.array(z.string()).optional(),
    channelAllowList: z.array(z.string()),
    currentYear: z.number().optional(),
    languages: z.array(z.string()).optional(),
    preferDubbed: z.boolean().optional(),
    videoType: z.enum(videoTypes).optional(),
    season: z.number().int().nullable().optional(),
  }),
  /** The id a careful person would pick; null when no candidate is good enough. */
  expected: z.string().nullable(),
  /** Other ids that are as good a pick (the same trailer from another upload). */
  acceptable: z.array(z.string()).optional(),
  // yt-dlp writes more fields than the ranking reads; they stay in the file, as recorded.
  candidates: z.array(z.looseObject({ id: z.string(), title: z.string() })).min(1),
});

export interface RankFixture {
  file: string;
  name: string;
  group: FixtureGroup;
  context: RankContext;
  candidates: FlatCandidate[];
  expected: string | null;
  acceptable: string[];
}

export function loadFixtures(dir = fixturesDir): RankFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = fixtureSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      const data = parsed.data;
      const ids = new Set(data.candidates.map((c) => c.id));
      for (const id of [data.expected, ...(data.acceptable ?? [])]) {
        if (id !== null && !ids.has(id)) throw new Error(`${file}: ${id} is not one of its candidates`);
      }
      return {
        file,
        name: data.name,
        group: data.group,
        context: data.context,
        candidates: data.candidates as FlatCandidate[],
        expected: data.expected,
        acceptable: data.acceptable ?? [],
      };
    });
}

export interface FixtureResult {
  fixture: RankFixture;
  ranking: Ranking;
  top: RankedCandidate | null;
  /** Top pick is the expected one (or as good); for "no good candidate", the best score is under THRESHOLD. */
  correct: boolean;
}

export function evaluateFixture(fixture: RankFixture): FixtureResult {
  const ranking = rankCandidates(fixture.candidates, fixture.context);
  const top = ranking.ranked[0] ?? null;
  const correct =
    fixture.expected === null
      ? (top?.score ?? 0) < THRESHOLD
      : top !== null &&
        (top.candidate.id === fixture.expected || fixture.acceptable.includes(top.candidate.id));
  return { fixture, ranking, top, correct };
}

export function accuracy(results: FixtureResult[]): { correct: number; total: number; percent: number } {
  const correct = results.filter((result) => result.correct).length;
  const total = results.length;
  return { correct, total, percent: total === 0 ? 0 : (100 * correct) / total };
}

/** A failed list as a person would want to read it: what was expected, what won, and why. */
export function describeResult(result: FixtureResult): string {
  const { fixture, top, ranking } = result;
  const expected =
    fixture.expected === null ? null : ranking.ranked.find((r) => r.candidate.id === fixture.expected);
  const line = (r: RankedCandidate) =>
    `${r.score} “${r.candidate.title}” — ${r.reasons.map((x) => `${x.label} ${x.points > 0 ? '+' : ''}${x.points}`).join('; ')}`;
  return [
    `${fixture.file}: ${fixture.name}`,
    `  top:      ${top ? line(top) : '(nothing ranked)'}`,
    `  expected: ${fixture.expected === null ? `nothing above ${THRESHOLD}` : expected ? line(expected) : '(excluded)'}`,
  ].join('\n');
}
