import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import LandingPage from '../features/landing/components/LandingPage';
import { AppLayout } from './AppLayout';
import { PageFallback } from './PageFallback';
import { RequireAuth } from './RequireAuth';
import { RequireSignedOut } from './RequireSignedOut';
import { RouteErrorBoundary } from './RouteErrorBoundary';

// The landing page ships in the entry chunk; every other page loads on demand.
const SignInPage = lazy(() => import('../features/auth/components/SignInPage'));
const SignUpPage = lazy(() => import('../features/auth/components/SignUpPage'));
const HomePage = lazy(() => import('../features/home/components/HomePage'));
const HistoryPage = lazy(() => import('../features/history/components/HistoryPage'));
const MeetingPage = lazy(() => import('../features/meeting/components/MeetingPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export function AppRoutes() {
  const { pathname } = useLocation();
  return (
    <Routes>
      <Route
        path="/m/:code"
        element={
          <RouteErrorBoundary resetKey={pathname}>
            <Suspense fallback={<PageFallback label="Opening the meeting…" />}>
              <MeetingPage />
            </Suspense>
          </RouteErrorBoundary>
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
