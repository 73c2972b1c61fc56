import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { plural } from '../../store/messages';
import { selectionCount } from '../../store/selection-slice';

/** Actions on the selected titles: for now, queueing their known trailers in one go. */
export function SelectionBar() {
  const { selectedIds, selectedMatching, selectMatching, clear, enqueueMany, setSelecting } = useAppStore(
    useShallow((s) => ({
      selectedIds: s.selectedIds,
      selectedMatching: s.selectedMatching,
      selectMatching: s.selectMatchingWithLink,
      clear: s.clearSelection,
      enqueueMany: s.enqueueMany,
      setSelecting: s.setSelecting,
    })),
  );
  const [busy, setBusy] = useState(false);
  // Hand-picked titles remember whether their link is known; "all matching" only holds titles with one.
  let withoutLink = 0;
  for (const hasLink of selectedIds.values()) if (!hasLink) withoutLink++;
  const count = selectionCount({ selectedIds, selectedMatching });

  const queue = async () => {
    setBusy(true);
    const queued = await enqueueMany();
    setBusy(false);
    if (queued) setSelecting(false);
  };

  return (
    <div className="selection-bar" role="region" aria-label="Selection">
      <p className="selection-count" aria-live="polite">
        {count === 0 ? 'No titles selected' : `${plural(count, 'title')} selected`}
        {selectedMatching && count > 0 && (
          <span className="muted"> · all matching titles with a trailer link</span>
        )}
        {withoutLink > 0 && <span className="muted"> · {withoutLink} without a trailer link</span>}
      </p>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => void selectMatching()}>
          Select titles with a trailer link
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
          onClick={() => void queue()}
        >
          {busy ? 'Queueing…' : `Queue trailers (${count.toLocaleString()})`}
        </button>
      </div>
    </div>
  );
}
