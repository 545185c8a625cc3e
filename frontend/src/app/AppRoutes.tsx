import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import LandingPage from '../features/landing/components/LandingPage';
import { AppLayout } from './AppLayout';
import { RequireAuth } from './RequireAuth';
import { RequireSignedOut } from './RequireSignedOut';
import { RouteBoundary } from './RouteBoundary';

// The landing page ships in the entry chunk; every other page loads on demand.
const SignInPage = lazy(() => import('../features/auth/components/SignInPage'));
const SignUpPage = lazy(() => import('../features/auth/components/SignUpPage'));
const HomePage = lazy(() => import('../features/home/components/HomePage'));
const HistoryPage = lazy(() => import('../features/history/components/HistoryPage'));
const MeetingPage = lazy(() => import('../features/meeting/components/MeetingPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/m/:code"
        element={
          <RouteBoundary fallbackLabel="Opening the meeting…">
            <MeetingPage />
          </RouteBoundary>
        }
      />
      <Route element={<AppLayout />}>
        <Route index element={<LandingPage />} />
        <Route element={<RequireSignedOut />}>
          <Route path="signin" element={<SignInPage />} />
          <Route path="signup" element={<SignUpPage />} />
        </Route>
        <Route element={<RequireAuth />}>
          <Route path="home" element={<HomePage />} />
          <Route path="history" element={<HistoryPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
