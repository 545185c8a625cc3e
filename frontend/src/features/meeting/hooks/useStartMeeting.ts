import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { meetingPath } from '../../../config/paths';
import { asApiError } from '../../../lib/apiError';
import { createMeeting } from '../api/meetings';

/** Creates a meeting and opens it. The error is kept for the caller to show inline. */
export function useStartMeeting() {
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: (title?: string) => createMeeting(title),
    onSuccess: (meeting) => {
      void navigate(meetingPath(meeting.code));
    },
  });

  return {
    start: (title?: string) => mutation.mutate(title),
    // Still busy once created, until the meeting page has taken over.
    pending: mutation.isPending || mutation.isSuccess,
    error: mutation.error
      ? asApiError(mutation.error, 'Could not start the meeting. Please try again.')
      : null,
  };
}
