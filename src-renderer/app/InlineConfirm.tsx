import type { ReactNode } from 'react';

interface InlineConfirmProps {
  /** The group's accessible name, e.g. "Confirm removal". */
  label: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  onCancel(): void;
  onConfirm(): void;
}

/** A destructive action asked about in place: the question, Cancel, and a danger button. */
export function InlineConfirm({
  label,
  children,
  confirmLabel,
  busyLabel,
  busy,
  onCancel,
  onConfirm,
}: InlineConfirmProps) {
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p>{children}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy} autoFocus>
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </div>
  );
}
