import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { paths } from '../../config/paths';
import { RequireAuth } from '../guards/RequireAuth';
import { RequireSignedOut } from '../guards/RequireSignedOut';
import { AppLayout } from '../layout/AppLayout';
import { RouteBoundary } from '../layout/RouteBoundary';
import LandingRoute from '../routes/LandingRoute';

// The landing page ships in the entry chunk; every other page loads on demand.
const SignInRoute = lazy(() => import('../routes/SignInRoute'));
const SignUpRoute = lazy(() => import('../routes/SignUpRoute'));
const HomeRoute = lazy(() => import('../routes/HomeRoute'));
const HistoryRoute = lazy(() => import('../routes/HistoryRoute'));
const AccountRoute = lazy(() => import('../routes/AccountRoute'));
const MeetingRoute = lazy(() => import('../routes/MeetingRoute'));
const NotFoundRoute = lazy(() => import('../routes/NotFoundRoute'));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path={paths.meeting}
        element={
          <RouteBoundary fallbackLabel="Opening the meeting…">
            <MeetingRoute />
          </RouteBoundary>
        }
      />
      <Route element={<AppLayout />}>
        <Route index element={<LandingRoute />} />
        <Route element={<RequireSignedOut />}>
          <Route path={paths.signIn} element={<SignInRoute />} />
          <Route path={paths.signUp} element={<SignUpRoute />} />
        </Route>
        <Route element={<RequireAuth />}>
          <Route path={paths.home} element={<HomeRoute />} />
          <Route path={paths.history} element={<HistoryRoute />} />
          <Route path={paths.account} element={<AccountRoute />} />
        </Route>
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
