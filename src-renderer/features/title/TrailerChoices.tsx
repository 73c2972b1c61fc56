import type { TrailerFile } from '../../../src-preload/contract';
import { ChoiceFacts, useJobChoice } from '../downloads/JobChoice';

function TrailerChoice({ trailer, jobId }: { trailer: TrailerFile; jobId: number }) {
  const entry = useJobChoice(jobId);
  // Nothing to say for downloads queued before choices were recorded, nor while it loads.
  if (entry?.status !== 'ready' || !entry.choice) return null;
  return (
    <section className="trailer-why" aria-label={`Why this trailer: ${trailer.fileName}`}>
      <h3>
        Why this trailer <span className="muted">{trailer.fileName}</span>
      </h3>
      <ChoiceFacts choice={entry.choice} />
    </section>
  );
}

/** For each trailer a download filed: why that video was the one (score, source, reasons). */
export function TrailerChoices({ trailers }: { trailers: TrailerFile[] }) {
  return trailers.map((trailer) =>
    trailer.jobId === null || !trailer.fileExists ? null : (
      <TrailerChoice key={trailer.id} trailer={trailer} jobId={trailer.jobId} />
    ),
  );
}
