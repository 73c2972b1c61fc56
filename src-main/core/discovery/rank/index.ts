// The trailer ranking: pure functions, no I/O.
export type { FlatCandidate, RankContext, RankedCandidate, Ranking, ScoreReason } from './types';
export { rankCandidates, exclusionReason, THRESHOLD, unattendedPick } from './rank-candidates';
export { normaliseTitle } from './normalise-title';
export { defaultExcludeWords } from './vocabulary';
export { formatDuration } from './rules-content';
