import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api';
import { getMeeting } from '../api/getMeeting';
import type { Meeting } from '@huddle/contract';

type MeetingInfo =
  | { status: 'loading' }
  | { status: 'ready'; meeting: Meeting }
  | { status: 'not-found' }
  | { status: 'error'; message: string; retry: () => void };

export function useMeetingInfo(code: string): MeetingInfo {
  const query = useQuery({
    queryKey: ['meeting', code],
    queryFn: ({ signal }) => getMeeting(code, signal),
  });

  // Loaded once is enough: a later failed refetch must never take the call off the screen.
  if (query.data) return { status: 'ready', meeting: query.data };
  if (query.isPending) return { status: 'loading' };
  const { error } = query;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return { status: 'not-found' };
  }
  return { status: 'error', message: error.message, retry: () => void query.refetch() };
}
