import { useAppStore } from '../store';

export function ReconnectBanner() {
  const connection = useAppStore((s) => s.connection);
  if (connection === 'unauthorized') {
    // The server is back but refuses this page's token: waiting will not help, the new address will.
    return (
      <div className="banner banner-warning" role="alert" aria-label="Access token no longer valid">
        Trailerdeck was restarted with a new access token, so this page can no longer reach it. Open the new
        address it printed when it started (it ends in ?token=…). To keep the same address across restarts,
        start it with --token and a token of your own.
      </div>
    );
  }
  if (connection !== 'reconnecting') return null;
  return (
    <div className="banner banner-warning" role="alert">
      <span className="spinner" aria-hidden="true" />
      Reconnecting… Trailerdeck's server is not answering; changes will go through once it is back.
    </div>
  );
}
