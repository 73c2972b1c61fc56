import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { JobFilter, JobFilterCounts } from '../../../src-preload/contract';
import { hrefs } from '../../app/router';
import { DiscoveryRunBar } from '../discovery/DiscoveryRunBar';
import { useAppStore } from '../../store';
import { plural } from '../../store/messages';
import type { ActivityTableMeta } from './activity-columns';
import { ActivityTable } from './ActivityTable';
import { filterLabels, FilterTabs, panelId, tabId } from './FilterTabs';
import { NotificationsToggle } from './NotificationsToggle';
import { runJobAction } from './run-job-action';

const meta: ActivityTableMeta = { runAction: runJobAction };

const emptyText: Record<JobFilter, string> = {
  active: 'Nothing is downloading or waiting.',
  completed: 'No completed downloads yet.',
  failed: 'No failed or cancelled downloads.',
  all: 'No downloads yet.',
};

function QueueControls() {
  const { allPaused, loaded, pauseAll, resumeAll } = useAppStore(
    useShallow((s) => ({
      allPaused: s.downloadSettings?.allPaused ?? false,
      loaded: s.downloadSettings !== null,
      pauseAll: s.pauseAll,
      resumeAll: s.resumeAll,
    })),
  );
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  return allPaused ? (
    <button type="button" className="button button-primary" disabled={busy} onClick={() => run(resumeAll)}>
      Resume all
    </button>
  ) : (
    <button type="button" className="button" disabled={busy || !loaded} onClick={() => run(pauseAll)}>
      Pause all
    </button>
  );
}

const noCounts: JobFilterCounts = { active: 0, completed: 0, failed: 0, all: 0 };

export function ActivityPage() {
  const { activity, counts, filter, setFilter, setOpen, showRange, refresh, headless, allPaused } =
    useAppStore(
      useShallow((s) => ({
        activity: s.activityWindow,
        counts: s.downloadCounts ?? noCounts,
        filter: s.activityFilter,
        setFilter: s.setActivityFilter,
        setOpen: s.setActivityOpen,
        showRange: s.showActivityRange,
        refresh: s.refreshActivity,
        headless: s.appInfo?.nativeFolderPicker === false,
        allPaused: s.downloadSettings?.allPaused ?? false,
      })),
    );
  // Main holds the list; the page asks for the stretch in view, and again on each change.
  useEffect(() => {
    setOpen(true);
    return () => setOpen(false);
  }, [setOpen]);
  useEffect(() => refresh(), [filter, refresh]);
  const windowed = useMemo(
    () => ({ total: activity.total, offset: activity.offset, onRange: showRange }),
    [activity.total, activity.offset, showRange],
  );
  const status = activity.filter === filter ? activity.status : 'loading';
  const jobs = activity.rows;

  let body;
  if (status === 'idle' || status === 'loading') {
    body = <p className="muted loading-text">Loading downloads…</p>;
  } else if (status === 'error' && counts.all === 0) {
    body = (
      <p className="inline-error" role="alert">
        The downloads could not be loaded. Reopen this page to try again.
      </p>
    );
  } else if (activity.total === 0) {
    body = (
      <div className="empty-inline">
        <p>{emptyText[filter]}</p>
        {counts.all === 0 && (
          <p>
            Open a title in the <a href={hrefs.library}>Library</a> and choose Download trailer, or select
            several titles there and queue their trailers.
          </p>
        )}
      </div>
    );
  } else {
    body = (
      <ActivityTable
        key={filter}
        jobs={jobs}
        windowed={windowed}
        meta={meta}
        label={`${filterLabels[filter]} downloads`}
      />
    );
  }

  return (
    <div className="activity-page">
      <header className="page-header">
        <div>
          <h1>Activity</h1>
          <p className="muted count" aria-live="polite">
            {counts.active === 0 ? 'Nothing downloading' : `${plural(counts.active, 'active download')}`}
            {counts.failed > 0 && ` · ${plural(counts.failed, 'failed or cancelled', 'failed or cancelled')}`}
          </p>
        </div>
        <div className="header-actions">
          {headless && <NotificationsToggle />}
          <QueueControls />
        </div>
      </header>
      {allPaused && (
        <div className="notice notice-warn queue-paused">
          <strong>The queue is paused.</strong> Running downloads stopped and kept their partial files;
          nothing starts until you choose Resume all.
        </div>
      )}
      <DiscoveryRunBar />
      <FilterTabs value={filter} counts={counts} onChange={setFilter} />
      <div className="activity-panel" role="tabpanel" id={panelId} aria-labelledby={tabId(filter)}>
        {body}
      </div>
    </div>
  );
}
