// What a job records about the candidate it downloads, whoever picked it: the same source, score
// and reasons Find trailer showed, and the profile's minimum at that moment.
import type { TrailerCandidate } from '../../../src-preload/contract/discovery';
import type { JobChooser } from '../../../src-preload/contract/downloads';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { NewJobChoice } from '../downloads/job-choice';

export function candidateChoice(
  candidate: TrailerCandidate,
  profile: Pick<TrailerProfile, 'minScore'>,
  chosenBy: JobChooser,
): NewJobChoice {
  return {
    source: candidate.source,
    chosenBy,
    title: candidate.title,
    score: candidate.score,
    minScore: profile.minScore,
    reasons: candidate.reasons,
  };
}
