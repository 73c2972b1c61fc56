import type { AuditRow } from '../../../src-preload/contract';
import { useAppStore } from '../../store';
import { mediaLabel } from '../library/media-labels';

/**
 * A row's checkbox: a native one, so Tab reaches it and Space toggles it. While "all in this filter"
 * is on, every row is in the selection and the boxes show it without being editable.
 */
export function AuditPick({ row }: { row: AuditRow }) {
  const picked = useAppStore((s) => s.auditAllInFilter || s.auditPicked.includes(row.downloadId));
  const allInFilter = useAppStore((s) => s.auditAllInFilter);
  const toggle = useAppStore((s) => s.toggleAuditFile);
  return (
    <input
      type="checkbox"
      className="audit-pick"
      aria-label={`Select ${mediaLabel(row)}: ${row.fileName}`}
      checked={picked}
      disabled={allInFilter}
      onChange={() => toggle(row.downloadId)}
    />
  );
}
