import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { fetchActivity, type ActivityItem } from '../../../lib/activity';

const PAGE_SIZE = 20;

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

/** Pages through GET /activity with its `before` cursor; a failed page can be retried. */
export function useActivityHistory() {
  const [state, setState] = useState<State>(initial);
  const controllerRef = useRef<AbortController | null>(null);

  // Only settles state in callbacks; callers set the matching "loading" state first.
  const fetchPage = useCallback((before: string | null) => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;

    fetchActivity({ limit: PAGE_SIZE, before }, controller.signal).then(
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
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError(0, 'UNKNOWN', 'Could not load your history.');
        setState((previous) => ({
          ...previous,
          initialLoading: false,
          loadingMore: false,
          error: apiError,
        }));
      },
    );
  }, []);

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
