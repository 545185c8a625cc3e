import { Navigate, Outlet, useLocation } from 'react-router';
import { signInPath } from '../../config/paths';
import { useSession } from '../../lib/session';
import { PageFallback } from '../layout/PageFallback';

/** Sends signed-out visitors to sign in, with a way back to where they were going. */
export function RequireAuth() {
  const { status } = useSession();
  const location = useLocation();

  if (status === 'loading') return <PageFallback label="Checking your session…" />;
  if (status === 'signedOut') {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  return <Outlet />;
}
