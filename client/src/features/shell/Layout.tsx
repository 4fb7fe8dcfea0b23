// The frame of every signed-in screen: skip link, top bar with navigation, search, who am I, sign-out.
import type { ReactNode } from 'react';
import { NavLink, Link, Navigate, useLocation } from 'react-router';
import { useViewer } from '../auth/ViewerContext';
import { InboxBadge } from '../inbox/InboxBadge';
import { SearchBox } from '../search/SearchBox';
import { ConnectionBanner, ConnectionDot } from './ConnectionDot';
import { useFocusHeadingOnNavigation } from './focus';

type NavItem = { to: string; label: string; secretariat?: boolean; signedIn?: boolean };
const NAV: NavItem[] = [
  { to: '/calls', label: 'Calls' },
  { to: '/proposals', label: 'Proposals', signedIn: true },
  { to: '/review', label: 'Review queue', secretariat: true },
  { to: '/pairings', label: 'Pairings', signedIn: true },
  { to: '/showcase', label: 'Showcase' },
  { to: '/dashboard', label: 'Dashboard', secretariat: true },
  { to: '/settings', label: 'Settings', signedIn: true },
];

export function Layout({ children }: { children: ReactNode }) {
  const { viewer, isSecretariat, signOut } = useViewer();
  useFocusHeadingOnNavigation();
  return (
    <>
      <a href="#content" className="skip-link">Skip to content</a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">BCN Hub</Link>
          <nav aria-label="Main">
            <ul className="nav">
              {NAV.filter((n) => (!n.secretariat || isSecretariat) && (!n.signedIn || viewer?.user)).map((n) => (
                <li key={n.to}><NavLink to={n.to}>{n.label}</NavLink></li>
              ))}
              {viewer ? <li><NavLink to="/inbox">Inbox <InboxBadge /></NavLink></li> : null}
            </ul>
          </nav>
          <SearchBox />
          <div className="whoami">
            {viewer?.user ? (
              <>
                <ConnectionDot />
                <Link to="/" style={{ color: '#fff' }} data-testid="whoami">
                  {viewer.user.name} · {viewer.organization.acronym}
                </Link>
                <button type="button" className="btn secondary" onClick={() => void signOut()}>Sign out</button>
              </>
            ) : (
              <NavLink to="/sign-in" style={{ color: '#fff' }}>Sign in</NavLink>
            )}
          </div>
        </div>
      </header>
      {viewer?.user ? <ConnectionBanner /> : null}
      <main className="page" id="content" tabIndex={-1}>{children}</main>
    </>
  );
}

/** Sends anonymous visitors to the sign-in page and back here afterwards. */
export function RequireSignIn({ children, secretariat }: { children: ReactNode; secretariat?: boolean }) {
  const { viewer, isSecretariat } = useViewer();
  const location = useLocation();
  if (!viewer?.user) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (secretariat && !isSecretariat) return <div className="alert error" role="alert">Only the APO Secretariat can open this page.</div>;
  return <>{children}</>;
}
