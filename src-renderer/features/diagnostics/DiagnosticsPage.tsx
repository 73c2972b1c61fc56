import { useShallow } from 'zustand/react/shallow';
import { appStore, useAppStore } from '../../store';
import { plural } from '../../store/messages';
import { formatRelative } from '../../app/dates';
import { CopyFallback } from './CopyFallback';
import { DiagnosticsChecklist } from './DiagnosticsChecklist';
import { useDiagnostics } from './use-diagnostics';

/** One line on the whole checklist: all good, or how many things need a look. */
export function DiagnosticsSummary({ problems }: { problems: number }) {
  return problems === 0 ? (
    <p className="notice notice-ok checklist-summary">
      <strong>Everything works.</strong> Trailerdeck found its tools and can read and write its folders.
    </p>
  ) : (
    <p className="notice notice-warn checklist-summary">
      <strong>{plural(problems, 'problem')} found.</strong> Each says what is wrong and how to fix it.
    </p>
  );
}

/** The checklist, reachable any time: tools and folders, "Run again" and "Copy diagnostics". */
export function DiagnosticsPage() {
  useDiagnostics({ fresh: true });
  const { report, status, error, copying, fallback } = useAppStore(
    useShallow((s) => ({
      report: s.diagnostics,
      status: s.diagnosticsStatus,
      error: s.diagnosticsError,
      copying: s.copyingDiagnostics,
      fallback: s.diagnosticsCopyFallback,
    })),
  );
  const running = status === 'loading' || status === 'idle';
  const store = appStore.getState;

  let body;
  if (report) {
    body = (
      <>
        <DiagnosticsSummary problems={report.problems} />
        <DiagnosticsChecklist report={report} />
      </>
    );
  } else if (status === 'error') {
    body = (
      <p className="inline-error" role="alert">
        The checks could not run: {error?.message}
      </p>
    );
  } else {
    body = <p className="muted loading-text">Checking the tools and folders…</p>;
  }

  return (
    <div className="diagnostics-page">
      <header className="page-header">
        <div>
          <h1>Diagnostics</h1>
          <p className="muted count" aria-live="polite">
            {running
              ? 'Checking…'
              : report
                ? `Checked ${formatRelative(report.generatedAt)} · Trailerdeck ${report.version} on ${report.platform}`
                : ''}
          </p>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={running}
            aria-busy={running || undefined}
            onClick={() => void store().runDiagnostics()}
          >
            {running && <span className="spinner" aria-hidden="true" />}
            Run again
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={copying}
            onClick={() => void store().copyDiagnostics()}
          >
            Copy diagnostics
          </button>
        </div>
      </header>
      {report && status === 'error' && (
        <p className="inline-error" role="alert">
          The last run failed: {error?.message} The results below are from the run before.
        </p>
      )}
      {fallback !== null && (
        <CopyFallback text={fallback} onClose={() => store().closeDiagnosticsFallback()} />
      )}
      {body}
      <p className="muted diagnostics-note">
        "Copy diagnostics" copies this checklist as text for a bug report. Keys, tokens and the contents of
        cookie settings are left out.
      </p>
    </div>
  );
}
