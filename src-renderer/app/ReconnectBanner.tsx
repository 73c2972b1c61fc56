import { useAppStore } from '../store';

export function ReconnectBanner() {
  const connection = useAppStore((s) => s.connection);
  if (connection !== 'reconnecting') return null;
  return (
    <div className="banner banner-warning" role="alert">
      <span className="spinner" aria-hidden="true" />
      Reconnecting… Trailerdeck's server is not answering; changes will go through once it is back.
    </div>
  );
}
