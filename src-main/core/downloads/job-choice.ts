// Why a job's video was queued: written once with the job, read back through zod, so a row edited by
// hand or written by a future version can only lose its explanation, never break a list or a page.
import { z } from 'zod';
import type { ScoreReason } from '../../../src-preload/contract/discovery';
import {
  jobChoiceSources,
  jobChoosers,
  type JobChoice,
  type JobChoiceSummary,
} from '../../../src-preload/contract/downloads';

/** What the queue is told when a job is inserted. */
export type NewJobChoice = Omit<JobChoice, 'reasonsReadable'>;

/** A link the person typed or pasted: nothing was ranked. */
export const pastedChoice: NewJobChoice = {
  source: 'pasted',
  chosenBy: 'person',
  title: null,
  score: null,
  minScore: null,
  reasons: [],
};

/** The columns of download_job that hold the choice. */
export interface ChoiceColumns {
  choice_source: string | null;
  chosen_by: string | null;
  choice_title: string | null;
  choice_score: number | null;
  choice_min_score: number | null;
  choice_reasons: string | null;
}

const score = z.number().int().min(0).max(100).nullable();

const summarySchema = z.object({
  source: z.enum(jobChoiceSources),
  chosenBy: z.enum(jobChoosers),
  score,
  minScore: score,
});

// Labels are for reading: a generous cap keeps a corrupt row from flooding the page.
const reasonsSchema = z
  .array(z.object({ label: z.string().min(1).max(500), points: z.number().finite() }))
  .max(100);

export function choiceColumns(choice: NewJobChoice): ChoiceColumns {
  return {
    choice_source: choice.source,
    chosen_by: choice.chosenBy,
    choice_title: choice.title,
    choice_score: choice.score === null ? null : Math.round(choice.score),
    choice_min_score: choice.minScore,
    choice_reasons: JSON.stringify(choice.reasons),
  };
}

/** The light part, for every job of a list; null when not recorded or not readable. */
export function readChoiceSummary(row: ChoiceColumns): JobChoiceSummary | null {
  if (row.choice_source === null) return null;
  const parsed = summarySchema.safeParse({
    source: row.choice_source,
    chosenBy: row.chosen_by,
    score: row.choice_score,
    minScore: row.choice_min_score,
  });
  return parsed.success ? parsed.data : null;
}

/** The whole choice, reasons included; reasons that cannot be read are left out and said to be. */
export function readChoice(row: ChoiceColumns): JobChoice | null {
  const summary = readChoiceSummary(row);
  if (!summary) return null;
  const reasons = parseReasons(row.choice_reasons);
  return {
    ...summary,
    title: typeof row.choice_title === 'string' ? row.choice_title : null,
    reasons: reasons ?? [],
    reasonsReadable: reasons !== null,
  };
}

function parseReasons(text: string | null): ScoreReason[] | null {
  if (text === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = reasonsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
