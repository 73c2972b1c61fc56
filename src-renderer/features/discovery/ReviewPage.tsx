import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { NeedsChoice } from '../../../src-preload/contract';
import { hrefs } from '../../app/router';
import { appStore, useAppStore } from '../../store';
import { describeNeedsChoice } from '../../store/discovery-messages';
import { DiscoveryRunBar } from './DiscoveryRunBar';
import { mediaLabel } from '../library/media-labels';
import { type ReviewTableMeta } from './review-columns';
import { ReviewTable } from './ReviewTable';

const meta: ReviewTableMeta = {
  findTrailer: (row: NeedsChoice) =>
    appStore.getState().openFindTrailer({
      mediaId: row.mediaId,
      label: mediaLabel(row),
      profileId: row.profileId,
      slot: row.slot,
    }),
};

/** Titles whose search found nothing good enough to queue unattended: the person picks. */
export function ReviewPage() {
  const { list, status, load, showRange } = useAppStore(
    useShallow((s) => ({
      list: s.needsChoice,
      status: s.needsChoiceStatus,
      load: s.loadNeedsChoice,
      showRange: s.showReviewRange,
    })),
  );
  const rows = list.rows;
  // Main holds the list; the table asks for the stretch in view.
  const windowed = useMemo(
    () => ({ total: list.total, offset: list.offset, onRange: showRange }),
    [list.total, list.offset, showRange],
  );

  useEffect(() => {
    // Cheap, and the list may have changed while events were not being listened to.
    void load();
  }, [load]);

  let body;
  if (list.total === 0 && (status === 'idle' || status === 'loading')) {
    body = <p className="muted loading-text">Loading…</p>;
  } else if (list.total === 0 && status === 'error') {
    body = (
      <div className="notice notice-error" role="alert">
        <p>The list could not be loaded.</p>
        <button type="button" className="button" onClick={() => void load()}>
          Try again
        </button>
      </div>
    );
  } else if (list.total === 0) {
    body = (
      <div className="empty-inline">
        <p>Nothing needs a choice.</p>
        <p>
          When <a href={hrefs.library}>Download missing trailers</a> finds no candidate good enough to queue
          on its own, the title waits here for you to pick one.
        </p>
      </div>
    );
  } else {
    body = <ReviewTable rows={rows} windowed={windowed} meta={meta} />;
  }

  return (
    <div className="review-page">
      <header className="page-header">
        <div>
          <h1>Review</h1>
          <p className="muted count" aria-live="polite">
            {describeNeedsChoice(list)}
          </p>
        </div>
      </header>
      <DiscoveryRunBar />
      {body}
    </div>
  );
}
