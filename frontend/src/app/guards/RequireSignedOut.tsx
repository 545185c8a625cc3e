import { Navigate, Outlet } from 'react-router';
import { useNextPath } from '../../features/auth/hooks/useNextPath';
import { useSession } from '../../lib/session';

/** Sends signed-in visitors on from sign-in and sign-up, to where they were going. */
export function RequireSignedOut() {
  const { status } = useSession();
  const next = useNextPath();

  if (status === 'signedIn') return <Navigate to={next} replace />;
  return <Outlet />;
}
