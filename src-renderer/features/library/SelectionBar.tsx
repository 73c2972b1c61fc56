import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MediaSummary } from '../../../src-preload/contract';
import { useAppStore } from '../../store';
import { plural } from '../../store/messages';

/** Actions on the selected titles: for now, queueing their known trailers in one go. */
export function SelectionBar({ shown }: { shown: MediaSummary[] }) {
  const { selectedIds, items, selectMany, clear, enqueueMany, setSelecting } = useAppStore(
    useShallow((s) => ({
      selectedIds: s.selectedIds,
      items: s.library.items,
      selectMany: s.selectMany,
      clear: s.clearSelection,
      enqueueMany: s.enqueueMany,
      setSelecting: s.setSelecting,
    })),
  );
  const [busy, setBusy] = useState(false);
  const shownWithLink = useMemo(() => shown.filter((m) => m.hasTrailerSource).map((m) => m.id), [shown]);
  const withoutLink = useMemo(
    () => items.reduce((n, m) => (selectedIds.has(m.id) && !m.hasTrailerSource ? n + 1 : n), 0),
    [items, selectedIds],
  );
  const count = selectedIds.size;

  const queue = async () => {
    setBusy(true);
    const queued = await enqueueMany([...selectedIds]);
    setBusy(false);
    if (queued) setSelecting(false);
  };

  return (
    <div className="selection-bar" role="region" aria-label="Selection">
      <p className="selection-count" aria-live="polite">
        {count === 0 ? 'No titles selected' : `${plural(count, 'title')} selected`}
        {withoutLink > 0 && <span className="muted"> · {withoutLink} without a trailer link</span>}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-small"
          disabled={shownWithLink.length === 0}
          onClick={() => selectMany(shownWithLink)}
        >
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
