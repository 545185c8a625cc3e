import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { asApiError } from '../../../lib/apiError';
import { useSession } from '../../../lib/session';
import { fetchActivity } from '../api/activity';

/**
 * Pages through GET /activity, `pageSize` meetings at a time, with its `before` cursor.
 * A failed page can be retried; callers that only want the latest meetings ignore loadMore.
 */
export function useActivityPages(pageSize: number) {
  // Keyed by user, so whoever signs in next never sees the previous user's meetings.
  const userId = useSession().user?.id ?? null;
  const query = useInfiniteQuery({
    queryKey: ['activity', userId, pageSize],
    queryFn: ({ pageParam, signal }) =>
      fetchActivity({ limit: pageSize, before: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const { data, fetchNextPage, refetch, isFetchNextPageError } = query;

  const items = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  // A retry or the next page hides the last failure while it loads, as the first load does.
  const error =
    query.error && !query.isFetching
      ? asApiError(query.error, 'Could not load your meetings.')
      : null;

  return {
    items,
    nextCursor: data?.pages.at(-1)?.nextCursor ?? null,
    /** True until the first page has loaded (or failed). */
    initialLoading: query.isPending,
    loadingMore: query.isFetchingNextPage,
    error,
    loadMore: () => void fetchNextPage(),
    retry: () => void (isFetchNextPageError ? fetchNextPage() : refetch()),
  };
}
