import { hrefs } from '../../app/router';
import { useAppStore } from '../../store';
import { describeRunProgress } from '../../store/discovery-messages';

/** "Download missing trailers" while it runs: how far, and what became of the titles so far. */
export function DiscoveryRunBar() {
  const run = useAppStore((s) => s.discoveryRun);
  if (!run?.running) return null;
  const { done, total } = run;
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  const text = describeRunProgress(run);
  return (
    <div className="run-progress" role="region" aria-label="Download missing trailers">
      <div className="run-progress-text">
        <span className="spinner" aria-hidden="true" />
        <span>Finding missing trailers — {text}</span>
        {run.needsChoice > 0 && (
          <a href={hrefs.review} className="run-progress-link">
            Review
          </a>
        )}
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Missing trailers checked"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
      >
        <div
          className={total > 0 ? 'progress-fill' : 'progress-fill progress-indeterminate'}
          style={{ width: total > 0 ? `${percent}%` : undefined }}
        />
      </div>
    </div>
  );
}
