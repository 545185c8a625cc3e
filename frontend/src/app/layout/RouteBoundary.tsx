import { Suspense, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { PageFallback } from './PageFallback';
import { RouteErrorBoundary } from './RouteErrorBoundary';

export interface RouteBoundaryProps {
  /** Announced while the page's chunk loads. */
  fallbackLabel?: string;
  children: ReactNode;
}

/** Wraps lazy pages: a spinner while they load, a Reload alert if they fail, reset on navigation. */
export function RouteBoundary({ fallbackLabel, children }: RouteBoundaryProps) {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary resetKey={pathname}>
      <Suspense fallback={<PageFallback label={fallbackLabel} />}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}
