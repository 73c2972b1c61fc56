import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { hrefs } from '../../app/router';
import { appStore, useAppStore } from '../../store';
import { plural } from '../../store/messages';
import { DiagnosticsChecklist } from './DiagnosticsChecklist';
import { useDiagnostics } from './use-diagnostics';

function NextStep({ roots }: { roots: number }) {
  return (
    <p className="first-run-next">
      <strong>Next step:</strong>{' '}
      {roots === 0
        ? 'add a library folder, the folder that holds your movies or series (one folder per title). Use Add folder, or drop the folder on this window.'
        : `${plural(roots, 'library folder')} added. Choose Download missing trailers to find one for every title, or open a title to pick one.`}
    </p>
  );
}

/**
 * The first-run checklist, at the top of the Library page until "Done". Not a dialog: it never
 * traps focus or hides the page, so the library stays usable from the first second.
 */
export function FirstRunPanel() {
  useDiagnostics({ fresh: false });
  const { report, status, roots } = useAppStore(
    useShallow((s) => ({ report: s.diagnostics, status: s.diagnosticsStatus, roots: s.roots.length })),
  );
  const [closing, setClosing] = useState(false);

  let summary: string;
  if (!report)
    summary =
      status === 'error'
        ? 'The checks could not run; open Diagnostics to try again.'
        : 'Checking the tools and folders…';
  else if (report.problems === 0) summary = 'Everything Trailerdeck needs was found and works.';
  else summary = `${plural(report.problems, 'problem')} to look at: each says how to fix it.`;

  return (
    <section className="first-run" aria-labelledby="first-run-heading">
      <div className="first-run-header">
        <div>
          <h2 id="first-run-heading">Welcome to Trailerdeck — let's check everything works</h2>
          <p
            className={
              report && report.problems > 0 ? 'first-run-summary first-run-warn' : 'first-run-summary muted'
            }
          >
            {summary}
          </p>
        </div>
        <div className="button-row">
          <a className="button" href={hrefs.diagnostics}>
            Open Diagnostics
          </a>
          <button
            type="button"
            className="button button-primary"
            disabled={closing}
            onClick={() => {
              setClosing(true);
              void appStore
                .getState()
                .dismissFirstRun()
                .finally(() => setClosing(false));
            }}
          >
            Done
          </button>
        </div>
      </div>
      {report && <DiagnosticsChecklist report={report} compact />}
      <NextStep roots={roots} />
    </section>
  );
}
