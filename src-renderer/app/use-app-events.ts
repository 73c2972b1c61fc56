import { useEffect } from 'react';
import { api, connection } from '../api';
import { appStore } from '../store';

/** Loads the library and wires main's events into the store, once, at the root. */
export function useAppEvents(): void {
  useEffect(() => {
    const store = appStore.getState;
    void store().loadLibrary();
    void store().loadDownloads();
    void store().loadDiscovery();
    let lostConnection = false;
    const offs = [
      api.on('library:changed', () => {
        void store().refreshLibrary();
        if (store().title.mediaId !== null) void store().refreshTitle();
        store().onAuditSourcesChanged();
      }),
      api.on('scan:progress', (progress) => store().onScanProgress(progress)),
      api.on('scan:finished', (summary) => {
        store().onScanFinished(summary);
        store().onAuditSourcesChanged();
      }),
      api.on('profiles:changed', () => {
        void store().loadProfiles();
        store().onAuditSourcesChanged();
      }),
      api.on('downloads:changed', (changed) => store().onJobsChanged(changed)),
      api.on('downloads:progress', ({ progress }) => store().onDownloadProgress(progress)),
      api.on('downloads:finished', ({ jobs }) => store().onJobsFinished(jobs)),
      api.on('downloads:settingsChanged', (settings) => store().onDownloadSettings(settings)),
      api.on('media:trailersChanged', ({ mediaIds }) => {
        store().onTrailersChanged(mediaIds);
        store().onAuditSourcesChanged();
      }),
      api.on('discovery:runChanged', (run) => store().onDiscoveryRun(run)),
      api.on('discovery:needsChoiceChanged', () => void store().loadNeedsChoice()),
      api.on('discovery:youtubeLaneChanged', (lane) => store().onYoutubeLane(lane)),
      api.on('tools:changed', (status) => store().onToolsChanged(status)),
      api.on('tools:installProgress', (progress) => store().onInstallProgress(progress)),
      api.on('logs:appended', ({ entries }) => store().onLogsAppended(entries)),
      api.on('connections:changed', () => store().onConnectionsChanged()),
      api.on('connections:syncProgress', (progress) => store().onArrSyncProgress(progress)),
      connection.subscribe((status) => {
        store().setConnection(status);
        if (status === 'reconnecting' || status === 'unauthorized') lostConnection = true;
        if (status === 'open' && lostConnection) {
          // Events were missed while disconnected: fetch everything again.
          lostConnection = false;
          void store().refreshLibrary();
          void store().loadScanStatus();
          void store().loadProfiles();
          void store().loadDownloads();
          void store().loadDiscovery();
          if (store().discoverySettingsStatus !== 'idle') void store().loadDiscoverySettings();
          if (store().title.mediaId !== null) void store().refreshTitle();
          if (store().toolsLoad !== 'idle') void store().loadTools();
          if (store().logsStatus !== 'idle') void store().loadLogs();
          store().onConnectionsChanged();
          store().onAuditSourcesChanged();
          if (store().connectionsLoad !== 'idle') void store().loadArrSync();
        }
      }),
    ];
    store().setConnection(connection.current());
    return () => offs.forEach((off) => off());
  }, []);

  useEffect(() => {
    // The e2e tests wait for [data-ready]; it stays set from then on, on every page.
    const mark = (ready: boolean) => {
      if (ready && document.body.dataset.ready !== 'true') document.body.dataset.ready = 'true';
    };
    mark(appStore.getState().ready);
    return appStore.subscribe((state) => mark(state.ready));
  }, []);
}
