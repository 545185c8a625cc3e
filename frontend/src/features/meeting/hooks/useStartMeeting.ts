import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { meetingPath } from '../../../config/paths';
import { asApiError, type ApiError } from '../../../lib/apiError';
import { createMeeting } from '../api/meetings';

/** Creates a meeting and opens it. The error is kept for the caller to show inline. */
export function useStartMeeting() {
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const start = useCallback(
    async (title?: string) => {
      setPending(true);
      setError(null);
      try {
        const meeting = await createMeeting(title);
        navigate(meetingPath(meeting.code));
      } catch (caught) {
        setError(asApiError(caught, 'Could not start the meeting. Please try again.'));
        setPending(false);
      }
    },
    [navigate],
  );

  return { start, pending, error };
}
