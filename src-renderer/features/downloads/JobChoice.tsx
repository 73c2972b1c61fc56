import { useEffect, useState } from 'react';
import type { DownloadJob, JobChoice } from '../../../src-preload/contract';
import { useAppStore } from '../../store';
import type { JobChoiceEntry } from '../../store/job-choice-slice';
import { reasonText, sortReasons } from '../discovery/discovery-format';
import { choiceScoreText, choiceSourceLabels, choiceSummaryText, chooserLabels } from './choice-format';

/** The job's recorded choice, loaded the first time something shows it. */
export function useJobChoice(jobId: number): JobChoiceEntry | undefined {
  const entry = useAppStore((s) => s.jobChoices[jobId]);
  const load = useAppStore((s) => s.loadJobChoice);
  useEffect(() => {
    void load(jobId);
  }, [jobId, load]);
  return entry;
}

/** Score against the minimum (unless already in view), source, who picked it, title and reasons. */
export function ChoiceFacts({ choice, withScore = true }: { choice: JobChoice; withScore?: boolean }) {
  const facts = [
    withScore ? choiceScoreText(choice) : null,
    `Source: ${choiceSourceLabels[choice.source]}`,
    chooserLabels[choice.chosenBy],
  ].filter((fact): fact is string => fact !== null);
  return (
    <div className="job-why-body">
      <p className="job-why-facts">{facts.join(' · ')}</p>
      {choice.title && <p className="job-why-title">“{choice.title}”</p>}
      {choice.reasons.length > 0 && (
        <ul className="candidate-reasons" aria-label="Reasons">
          {sortReasons(choice.reasons).map((reason, i) => (
            <li key={i} className={reason.points < 0 ? 'reason reason-minus' : 'reason reason-plus'}>
              {reasonText(reason)}
            </li>
          ))}
        </ul>
      )}
      {!choice.reasonsReadable && (
        <p className="muted">The reasons recorded with this download could not be read.</p>
      )}
    </div>
  );
}

function LoadedChoice({ jobId }: { jobId: number }) {
  const entry = useJobChoice(jobId);
  if (!entry || entry.status === 'loading') return <p className="muted">Loading…</p>;
  if (entry.status === 'error') {
    return (
      <p className="inline-error" role="alert">
        {entry.error?.message ?? 'Could not load why this trailer was chosen.'}
      </p>
    );
  }
  if (!entry.choice) return <p className="muted">Not recorded for this download.</p>;
  // The disclosure's summary line already says the score.
  return <ChoiceFacts choice={entry.choice} withScore={false} />;
}

/**
 * "Why this trailer" under a job: the score (or where the link came from) at a glance, the reasons
 * when opened. They are fetched only then: job lists carry no reasons.
 */
export function JobChoiceDisclosure({ job }: { job: DownloadJob }) {
  const [open, setOpen] = useState(false);
  if (!job.choice) return null;
  return (
    <details className="job-why" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Why this trailer: {choiceSummaryText(job.choice)}</summary>
      {open && <LoadedChoice jobId={job.id} />}
    </details>
  );
}
