// The two shapes of a Test's answer, so every adapter says "it works" and "this is wrong" alike.
import type { ConnectionProblem } from '../../../src-preload/contract/connections';
import type { TestOutcome } from './connection-types';

export function testPassed(found: Omit<TestOutcome, 'ok' | 'problem'>): TestOutcome {
  return { ok: true, ...found, problem: null };
}

export function testFailed(problem: ConnectionProblem): TestOutcome {
  return { ok: false, appName: null, version: null, serverName: null, libraries: [], problem };
}
