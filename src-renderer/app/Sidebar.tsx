import type { ReactNode } from 'react';
import { useAppStore } from '../store';
import { hrefs, type Route } from './router';

function NavLink({ href, active, children }: { href: string; active: boolean; children: ReactNode }) {
  return (
    <a href={href} className="nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </a>
  );
}

function ActiveDownloadsBadge() {
  const count = useAppStore((s) => s.downloadCounts?.active ?? 0);
  if (count === 0) return null;
  return (
    <span className="nav-badge" aria-label={`${count} active ${count === 1 ? 'download' : 'downloads'}`}>
      {count > 999 ? '999+' : count}
    </span>
  );
}

function NeedsChoiceBadge() {
  // Titles, not rows: a title waiting for two profiles is one title to look at.
  const count = useAppStore((s) => s.needsChoice.titles);
  if (count === 0) return null;
  return (
    <span
      className="nav-badge nav-badge-quiet"
      aria-label={`${count} ${count === 1 ? 'title needs' : 'titles need'} a choice`}
    >
      {count > 999 ? '999+' : count}
    </span>
  );
}

function DiagnosticsBadge() {
  const problems = useAppStore((s) => s.diagnostics?.problems ?? 0);
  if (problems === 0) return null;
  return (
    <span
      className="nav-badge nav-badge-warn"
      aria-label={`${problems} ${problems === 1 ? 'problem' : 'problems'}`}
    >
      {problems > 99 ? '99+' : problems}
    </span>
  );
}

export function Sidebar({ route }: { route: Route }) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ▶
        </span>
        <span className="brand-name">Trailerdeck</span>
      </div>
      <NavLink href={hrefs.library} active={route.page === 'library' || route.page === 'title'}>
        Library
      </NavLink>
      <NavLink href={hrefs.activity} active={route.page === 'activity'}>
        <span>Activity</span>
        <ActiveDownloadsBadge />
      </NavLink>
      <NavLink href={hrefs.review} active={route.page === 'review'}>
        <span>Review</span>
        <NeedsChoiceBadge />
      </NavLink>
      <NavLink href={hrefs.audit} active={route.page === 'audit'}>
        Audit
      </NavLink>
      <NavLink href={hrefs.settings} active={route.page === 'settings'}>
        Settings
      </NavLink>
      <NavLink href={hrefs.diagnostics} active={route.page === 'diagnostics'}>
        <span>Diagnostics</span>
        <DiagnosticsBadge />
      </NavLink>
      <NavLink href={hrefs.logs} active={route.page === 'logs'}>
        Logs
      </NavLink>
    </nav>
  );
}
