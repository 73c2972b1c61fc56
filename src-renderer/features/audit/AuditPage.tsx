import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AuditCounts } from '../../../src-preload/contract';
import { useAppStore } from '../../store';
import { AuditFilter, auditPanelId, auditTabId } from './AuditFilter';
import { AuditSelectionBar } from './AuditSelectionBar';
import { AuditTable } from './AuditTable';

function summary(counts: AuditCounts | null): string {
  if (counts === null) return '';
  const files = `${counts.checked.toLocaleString()} ${counts.checked === 1 ? 'video' : 'videos'} checked`;
  if (counts.any === 0) return files;
  return `${files}, ${counts.any.toLocaleString()} with problems`;
}

/**
 * Every trailer and extra checked against its profile from what was recorded when it was probed.
 * Letterboxing and loudness are checked where processing measured them.
 */
export function AuditPage() {
  const { counts, list, status, load, setOpen, setProblem, showRange } = useAppStore(
    useShallow((s) => ({
      counts: s.auditCounts,
      list: s.audit,
      status: s.auditStatus,
      load: s.loadAudit,
      setOpen: s.setAuditOpen,
      setProblem: s.setAuditProblem,
      showRange: s.showAuditRange,
    })),
  );
  const windowed = useMemo(
    () => ({ total: list.total, offset: list.offset, onRange: showRange }),
    [list.total, list.offset, showRange],
  );

  useEffect(() => {
    // Loads once per visit; while open, the page follows trailer and profile changes.
    setOpen(true);
    return () => setOpen(false);
  }, [setOpen]);

  let body;
  if (status === 'error') {
    body = (
      <div className="notice notice-error" role="alert">
        <p>The audit could not be loaded.</p>
        <button type="button" className="button" onClick={() => void load()}>
          Try again
        </button>
      </div>
    );
  } else if (counts === null) {
    body = <p className="muted loading-text">Loading…</p>;
  } else if (counts.any === 0) {
    body = (
      <div className="empty-inline">
        <p>Every trailer matches its profile.</p>
        <p>
          Resolution, codecs, orientation, black bars, sound, loudness, language and files on disk were
          checked.
        </p>
      </div>
    );
  } else {
    body = (
      <>
        <AuditFilter value={list.problem} counts={counts} onChange={(problem) => void setProblem(problem)} />
        <div
          className="audit-panel"
          id={auditPanelId}
          role="tabpanel"
          aria-labelledby={auditTabId(list.problem ?? 'any')}
        >
          {/* The tabs stay while a filter's rows load, so the keyboard focus stays on them. */}
          {status === 'ready' ? (
            <>
              <AuditSelectionBar />
              <AuditTable rows={list.rows} windowed={windowed} />
            </>
          ) : (
            <p className="muted loading-text">Loading…</p>
          )}
        </div>
      </>
    );
  }

  return (
    <div className="audit-page">
      <header className="page-header">
        <div>
          <h1>Audit</h1>
          <p className="muted count" aria-live="polite">
            {summary(counts)}
          </p>
        </div>
      </header>
      {body}
    </div>
  );
}
