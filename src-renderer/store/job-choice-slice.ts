import type { ContractError, JobChoice } from '../../src-preload/contract';
import type { SliceCreator } from './types';

export interface JobChoiceEntry {
  status: 'loading' | 'ready' | 'error';
  /** Null when the job has none recorded (queued before Trailerdeck kept it). */
  choice: JobChoice | null;
  error: ContractError | null;
}

/** Why a job's video was chosen, fetched when a row or a title shows it (lists carry no reasons). */
export interface JobChoiceSlice {
  jobChoices: Readonly<Record<number, JobChoiceEntry>>;
  /** Loads a job's choice once: it is written when the job is queued and never changes. */
  loadJobChoice(jobId: number): Promise<void>;
}

export const createJobChoiceSlice: SliceCreator<JobChoiceSlice> = (api) => (set, get) => {
  const put = (jobId: number, entry: JobChoiceEntry) =>
    set((state) => ({ jobChoices: { ...state.jobChoices, [jobId]: entry } }));

  return {
    jobChoices: {},

    async loadJobChoice(jobId) {
      const known = get().jobChoices[jobId];
      if (known && known.status !== 'error') return;
      put(jobId, { status: 'loading', choice: null, error: null });
      const result = await api.procedures['downloads:choice']({ jobId });
      put(
        jobId,
        result.ok
          ? { status: 'ready', choice: result.data, error: null }
          : { status: 'error', choice: null, error: result.error },
      );
    },
  };
};
