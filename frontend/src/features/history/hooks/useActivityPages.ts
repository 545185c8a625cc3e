import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchActivity, type ActivityItem } from '../api/activity';
import { asApiError, type ApiError } from '../../../lib/apiError';

interface State {
  items: ActivityItem[];
  nextCursor: string | null;
  /** True until the first page has loaded (or failed). */
  initialLoading: boolean;
  loadingMore: boolean;
  error: ApiError | null;
}

const initial: State = {
  items: [],
  nextCursor: null,
  initialLoading: true,
  loadingMore: false,
  error: null,
};

/**
 * Pages through GET /activity, `pageSize` meetings at a time, with its `before` cursor.
 * A failed page can be retried; callers that only want the latest meetings ignore loadMore.
 */
export function useActivityPages(pageSize: number) {
  const [state, setState] = useState<State>(initial);
  const controllerRef = useRef<AbortController | null>(null);

  // Only settles state in callbacks; callers set the matching "loading" state first.
  const fetchPage = useCallback(
    (before: string | null) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;

      fetchActivity({ limit: pageSize, before }, controller.signal).then(
        (page) =>
          setState((previous) => ({
            items: before ? [...previous.items, ...page.items] : page.items,
            nextCursor: page.nextCursor,
            initialLoading: false,
            loadingMore: false,
            error: null,
          })),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState((previous) => ({
            ...previous,
            initialLoading: false,
            loadingMore: false,
            error: asApiError(error, 'Could not load your meetings.'),
          }));
        },
      );
    },
    [pageSize],
  );

  useEffect(() => {
    fetchPage(null);
    return () => controllerRef.current?.abort();
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (!state.nextCursor) return;
    setState((previous) => ({ ...previous, loadingMore: true, error: null }));
    fetchPage(state.nextCursor);
  }, [fetchPage, state.nextCursor]);

  const retry = useCallback(() => {
    const resuming = state.items.length > 0;
    setState((previous) => ({
      ...previous,
      initialLoading: !resuming,
      loadingMore: resuming,
      error: null,
    }));
    fetchPage(resuming ? state.nextCursor : null);
  }, [fetchPage, state.items.length, state.nextCursor]);

  return { ...state, loadMore, retry };
}
