import { useEffect, useRef } from 'react';
import { appStore } from '../store';
import { FindTrailerDialog } from '../features/discovery/FindTrailerDialog';
import { ReviewPage } from '../features/discovery/ReviewPage';
import { AuditPage } from '../features/audit/AuditPage';
import { YoutubeLaneBanner } from '../features/discovery/YoutubeLaneBanner';
import { DiagnosticsPage } from '../features/diagnostics/DiagnosticsPage';
import { ActivityPage } from '../features/downloads/ActivityPage';
import { FolderPickerDialog } from '../features/library/FolderPickerDialog';
import { LibraryPage } from '../features/library/LibraryPage';
import { LogsPage } from '../features/logs/LogsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TitlePage } from '../features/title/TitlePage';
import { DropZone } from './DropZone';
import { ReconnectBanner } from './ReconnectBanner';
import { useRoute, type Route } from './router';
import { ScanProgressBar } from './ScanProgressBar';
import { Sidebar } from './Sidebar';
import { Toasts } from './Toasts';
import { useAppEvents } from './use-app-events';

function routeKey(route: Route): string {
  return route.page === 'title' ? `title/${route.mediaId}` : route.page;
}

export function App() {
  useAppEvents();
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const key = routeKey(route);
  const firstRoute = useRef(true);

  useEffect(() => {
    // Moving focus to the new page tells keyboard and screen reader users the page changed.
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    // The Find trailer dialog belongs to the page it was opened from.
    appStore.getState().closeFindTrailer();
  }, [key]);

  return (
    <div className="app">
      <Sidebar route={route} />
      <div className="app-main">
        <ReconnectBanner />
        <YoutubeLaneBanner />
        <ScanProgressBar />
        <main className="page" ref={mainRef} tabIndex={-1}>
          {route.page === 'library' && <LibraryPage />}
          {route.page === 'activity' && <ActivityPage />}
          {route.page === 'review' && <ReviewPage />}
          {route.page === 'audit' && <AuditPage />}
          {route.page === 'settings' && <SettingsPage />}
          {route.page === 'diagnostics' && <DiagnosticsPage />}
          {route.page === 'logs' && <LogsPage />}
          {route.page === 'title' && <TitlePage key={key} mediaId={route.mediaId} />}
        </main>
      </div>
      <Toasts />
      <FolderPickerDialog />
      <FindTrailerDialog />
      <DropZone />
    </div>
  );
}
