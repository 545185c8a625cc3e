import { lazy, Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { Logo } from '../../components/Logo';
import { Avatar } from '../../components/ui/Avatar';
import { ButtonLink } from '../../components/ui/ButtonLink';
import { paths } from '../../config/paths';
import { useSession } from '../../lib/session';
import styles from './AppLayout.module.css';
import { RouteBoundary } from './RouteBoundary';

// Signed-out visitors (most landing-page views) never download the account menu.
const UserMenu = lazy(() => import('./UserMenu').then((module) => ({ default: module.UserMenu })));

export function AppLayout() {
  const { status, user, homePath } = useSession();
  const location = useLocation();
  const onAuthPage = location.pathname === paths.signIn || location.pathname === paths.signUp;

  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <Logo to={homePath} />
          {user && (
            <nav className={styles.nav} aria-label="Main">
              <NavLink className={styles.navLink} to={paths.home}>
                Home
              </NavLink>
              <NavLink className={styles.navLink} to={paths.history}>
                History
              </NavLink>
            </nav>
          )}
          <div className={styles.actions}>
            {user && (
              <Suspense fallback={<Avatar name={user.name} size="sm" />}>
                <UserMenu user={user} />
              </Suspense>
            )}
            {status === 'signedOut' && !onAuthPage && (
              <>
                <ButtonLink to={paths.signIn} variant="ghost">
                  Sign in
                </ButtonLink>
                <ButtonLink to={paths.signUp} variant="primary">
                  Sign up
                </ButtonLink>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        <RouteBoundary>
          <Outlet />
        </RouteBoundary>
      </main>
      <footer className={styles.footer}>Huddle · self-hosted video meetings</footer>
    </div>
  );
}
