import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { selectionCount, selectionInput } from '../../store/selection-slice';

/**
 * Searches, ranks and queues the missing trailers of the whole library, or of the selection when
 * there is one. Titles whose best candidate scores too low go to Review.
 */
export function DownloadMissingButton() {
  const { running, selecting, selectedIds, selectedMatching, downloadMissing, setSelecting } = useAppStore(
    useShallow((s) => ({
      running: s.discoveryRun?.running ?? false,
      selecting: s.selecting,
      selectedIds: s.selectedIds,
      selectedMatching: s.selectedMatching,
      downloadMissing: s.downloadMissing,
      setSelecting: s.setSelecting,
    })),
  );
  const [busy, setBusy] = useState(false);
  const selection = { selectedIds, selectedMatching };
  const count = selecting ? selectionCount(selection) : 0;

  const start = async () => {
    setBusy(true);
    const input = selectionInput(selection);
    const started = await downloadMissing(
      count === 0 ? undefined : 'matching' in input ? input : input.mediaIds,
    );
    setBusy(false);
    if (started && count > 0) setSelecting(false);
  };

  let label =
    count > 0 ? `Download missing for ${count.toLocaleString()} selected` : 'Download missing trailers';
  if (running) label = 'Finding missing trailers…';
  return (
    <button type="button" className="button" disabled={busy || running} onClick={() => void start()}>
      {label}
    </button>
  );
}
