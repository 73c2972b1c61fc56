import { useState } from 'react';
import type { TrailerFile } from '../../../src-preload/contract';
import { InlineConfirm } from '../../app/InlineConfirm';

interface Props {
  trailer: TrailerFile;
  deleteTrailer(downloadId: number): Promise<boolean>;
}

/** "Delete file", asked about in place. The row stays afterwards, flagged "Missing file". */
export function DeleteTrailerButton({ trailer, deleteTrailer }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!trailer.fileExists) return null;

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label={`Delete file ${trailer.fileName}`}
        onClick={() => setConfirming(true)}
      >
        Delete file
      </button>
    );
  }
  return (
    <InlineConfirm
      label="Confirm file deletion"
      confirmLabel="Delete file"
      busyLabel="Deleting…"
      busy={busy}
      onCancel={() => setConfirming(false)}
      onConfirm={() => {
        setBusy(true);
        void deleteTrailer(trailer.id).then(() => {
          // On success the row re-renders without a file and this button disappears.
          setBusy(false);
          setConfirming(false);
        });
      }}
    >
      Delete {trailer.fileName} from disk? The row stays as a record.
    </InlineConfirm>
  );
}
