import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { auditSelectionCount } from '../../store/audit-selection-slice';
import { SelectionBar } from '../../app/SelectionBar';

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
    <SelectionBar
      noun="file"
      count={count}
      className="audit-selection"
      note={allInFilter && <span className="muted"> · all in this filter</span>}
      selectGroup={
        <button
          type="button"
          className="button button-small"
          aria-pressed={allInFilter}
          disabled={total === 0}
          onClick={() => setAll(!allInFilter)}
        >
          {`Select all ${total.toLocaleString()} in this filter`}
        </button>
      }
      onClear={clear}
      action={{
        label: 'Upgrade',
        busy,
        title:
          'Download a better copy of each file (same title, profile and video), verify it, then replace the file',
        onRun: () => void upgrade(),
      }}
    />
  );
}
