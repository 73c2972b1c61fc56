import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { auditSelectionCount } from '../../store/audit-selection-slice';
import { plural } from '../../store/messages';

/** Upgrade / Replace for the selection: files picked by hand, or every file of the filter. */
export function AuditSelectionBar() {
  const { count, total, allInFilter, busy, setAll, clear, upgrade } = useAppStore(
    useShallow((s) => ({
      count: auditSelectionCount(s),
      total: s.audit.total,
      allInFilter: s.auditAllInFilter,
      busy: s.auditUpgrading,
      setAll: s.setAuditAllInFilter,
      clear: s.clearAuditSelection,
      upgrade: s.upgradeAuditSelection,
    })),
  );
  return (
    <div className="selection-bar audit-selection" role="region" aria-label="Selection">
      <p className="selection-count" aria-live="polite">
        {count === 0 ? 'No files selected' : `${plural(count, 'file')} selected`}
        {allInFilter && count > 0 && <span className="muted"> · all in this filter</span>}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-small"
          aria-pressed={allInFilter}
          disabled={total === 0}
          onClick={() => setAll(!allInFilter)}
        >
          {`Select all ${total.toLocaleString()} in this filter`}
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={count === 0}
          onClick={clear}
        >
          Clear selection
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          disabled={count === 0 || busy}
          title="Download a better copy of each file (same title, profile and video), verify it, then replace the file"
          onClick={() => void upgrade()}
        >
          {busy ? 'Queueing…' : `Upgrade (${count.toLocaleString()})`}
        </button>
      </div>
    </div>
  );
}
