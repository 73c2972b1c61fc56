import type { ReactNode } from 'react';
import { plural } from '../store/messages';

// The bar under a list in selection mode: how many are picked, a way to pick a whole group, Clear,
// and the one action on them. The Library (queue trailers) and the Audit (Upgrade) share it.

interface Props {
  /** What is picked: "title", "file". */
  noun: string;
  count: number;
  /** More about the selection, after the count ("· all in this filter"). */
  note?: ReactNode;
  /** The button that picks a whole group. */
  selectGroup: ReactNode;
  onClear(): void;
  action: { label: string; busy: boolean; title?: string; onRun(): void };
  className?: string;
}

export function SelectionBar({ noun, count, note, selectGroup, onClear, action, className }: Props) {
  return (
    <div className={`selection-bar ${className ?? ''}`.trim()} role="region" aria-label="Selection">
      <p className="selection-count" aria-live="polite">
        {count === 0 ? `No ${noun}s selected` : `${plural(count, noun)} selected`}
        {count > 0 && note}
      </p>
      <div className="button-row">
        {selectGroup}
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={count === 0}
          onClick={onClear}
        >
          Clear selection
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          disabled={count === 0 || action.busy}
          title={action.title}
          onClick={action.onRun}
        >
          {action.busy ? 'Queueing…' : `${action.label} (${count.toLocaleString()})`}
        </button>
      </div>
    </div>
  );
}
