import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { fetchActivity, type ActivityItem } from '../../../lib/activity';

type State =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; items: ActivityItem[] };

export function useRecentActivity(limit = 5) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchActivity({ limit }, controller.signal).then(
      (page) => setState({ status: 'ready', items: page.items }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: asApiError(error) });
      },
    );
    return () => controller.abort();
  }, [limit, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((value) => value + 1);
  }, []);

  return { state, retry };
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError(0, 'UNKNOWN', 'Could not load your meetings.');
}
