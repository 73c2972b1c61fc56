import { hrefs, type Route } from './router';

function NavLink({ href, active, children }: { href: string; active: boolean; children: string }) {
  return (
    <a href={href} className="nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </a>
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
      <NavLink href={hrefs.library} active={route.page !== 'settings'}>
        Library
      </NavLink>
      <NavLink href={hrefs.settings} active={route.page === 'settings'}>
        Settings
      </NavLink>
    </nav>
  );
}
