import type { ReactNode } from 'react';

interface InlineConfirmProps {
  /** The group's accessible name, e.g. "Confirm removal". */
  label: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** The safe choice; "Cancel" unless the question reads better with another word. */
  cancelLabel?: string;
  /** `danger` for what cannot be undone (the default), `primary` for a weighty but undoable step. */
  tone?: 'danger' | 'primary';
  onCancel(): void;
  onConfirm(): void;
}

/**
 * A consequential action asked about in place: the question, the safe choice, and the action.
 * Focus starts on the safe choice (Enter or Space right away must not destroy anything) and Escape
 * cancels, here only: it does not also close a dialog the question sits in.
 */
export function InlineConfirm({
  label,
  children,
  confirmLabel,
  busyLabel,
  busy,
  cancelLabel = 'Cancel',
  tone = 'danger',
  onCancel,
  onConfirm,
}: InlineConfirmProps) {
  return (
    <div
      className="confirm"
      role="group"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || busy) return;
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }}
    >
      <p>{children}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel} disabled={busy} autoFocus>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={tone === 'danger' ? 'button button-danger' : 'button button-primary'}
          onClick={onConfirm}
          disabled={busy}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </div>
  );
}
