import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { SelectionBar } from '../../app/SelectionBar';
import { selectionCount } from '../../store/selection-slice';

/** Actions on the selected titles: for now, queueing their known trailers in one go. */
export function LibrarySelectionBar() {
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
    <SelectionBar
      noun="title"
      count={count}
      note={
        <>
          {selectedMatching && <span className="muted"> · all matching titles with a trailer link</span>}
          {withoutLink > 0 && <span className="muted"> · {withoutLink} without a trailer link</span>}
        </>
      }
      selectGroup={
        <button type="button" className="button button-small" onClick={() => void selectMatching()}>
          Select titles with a trailer link
        </button>
      }
      onClear={clear}
      action={{ label: 'Queue trailers', busy, onRun: () => void queue() }}
    />
  );
}
