import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  /** The dialog's accessible name. */
  label: string;
  className: string;
  /** Escape, or anything else that closes the native dialog while the store still has it open. */
  onClose(): void;
  /** Rendered only while open: a form reopened starts fresh. */
  children: ReactNode;
}

/**
 * A native modal <dialog> driven by the store's `open` flag: it opens and closes with it (focus
 * trap, Escape and the backdrop come from the browser), and tells the store when the browser
 * closed it (Escape) so the two never disagree.
 */
export function ModalDialog({ open, label, className, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-label={label}
      onClose={(event) => {
        // React passes a dialog's close event on to the dialogs around it in the component tree
        // (a preview over Find trailer), though the browser closed only that one: not ours.
        if (event.target !== event.currentTarget) return;
        // Closed by the effect above (open is false already), or by the browser: only the latter
        // needs telling.
        if (open) onClose();
      }}
    >
      {open && children}
    </dialog>
  );
}

/** A dialog's title with its close button. */
export function DialogHeader({ title, onClose }: { title: string; onClose(): void }) {
  return (
    <header className="dialog-header">
      <h2>{title}</h2>
      <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </header>
  );
}
