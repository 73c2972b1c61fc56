import { useState } from 'react';
import { hrefs } from '../../app/router';
import { useAppStore } from '../../store';
import { formatRelative } from '../../app/dates';

/** Across the app while YouTube is held after a bot or sign-in check: what happened and the way out. */
export function YoutubeLaneBanner() {
  const lane = useAppStore((s) => s.youtubeLane);
  const resume = useAppStore((s) => s.resumeYoutube);
  const [busy, setBusy] = useState(false);
  if (!lane?.paused) return null;
  return (
    <div className="banner banner-warning youtube-banner" role="alert">
      <div className="youtube-banner-text">
        <p>
          <strong>YouTube asked to confirm this is not a bot.</strong> YouTube searches and downloads are
          paused{lane.since ? ` since ${formatRelative(lane.since)}` : ''}; other downloads go on.
          {lane.reason && <span className="youtube-banner-reason"> YouTube said: {lane.reason}</span>}
        </p>
        <p className="youtube-banner-fix">
          To fix it, set a cookies file or cookies from a browser where you are signed in to YouTube in{' '}
          <a href={`${hrefs.settings}`}>Settings → Discovery</a>, then resume.
        </p>
      </div>
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void resume().finally(() => setBusy(false));
        }}
      >
        Resume YouTube
      </button>
    </div>
  );
}
