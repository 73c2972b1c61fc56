import type { JobChoiceSource, JobChoiceSummary, JobChooser } from '../../../src-preload/contract';
import { clampScore } from '../discovery/discovery-format';

export const choiceSourceLabels: Record<JobChoiceSource, string> = {
  manual: 'The link set for this title',
  nfo: "The title's NFO file",
  radarr: 'Radarr (its trailer for the movie)',
  tmdb: 'TMDB',
  'youtube-search': 'YouTube search',
  pasted: 'Link given by you',
  'library-file': 'The file on disk (converted by Upgrade)',
};

export const chooserLabels: Record<JobChooser, string> = {
  run: 'Picked by Download missing trailers',
  person: 'Picked by you',
};

/** "Score 87 / 100, minimum 50", "Score 87 / 100", or null when nothing was ranked. */
export function choiceScoreText(choice: Pick<JobChoiceSummary, 'score' | 'minScore'>): string | null {
  if (choice.score === null) return null;
  const score = `Score ${clampScore(choice.score)} / 100`;
  return choice.minScore === null ? score : `${score}, minimum ${clampScore(choice.minScore)}`;
}

/** One line for a row: the score when there is one, else where the link came from. */
export function choiceSummaryText(choice: JobChoiceSummary): string {
  return choiceScoreText(choice) ?? choiceSourceLabels[choice.source];
}
