import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../lib/api';
import type { Meeting } from '../api/meetings';
import { getMeeting } from '../api/getMeeting';

export type MeetingInfo =
  | { status: 'loading' }
  | { status: 'ready'; meeting: Meeting }
  | { status: 'not-found' }
  | { status: 'error'; message: string; retry: () => void };

export function useMeetingInfo(code: string): MeetingInfo {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; info: MeetingInfo } | null>(null);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const key = `${code}#${attempt}`;

  useEffect(() => {
    const controller = new AbortController();
    const setInfo = (info: MeetingInfo) => setResult({ key, info });
    getMeeting(code, controller.signal)
      .then((meeting) => setInfo({ status: 'ready', meeting }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
          setInfo({ status: 'not-found' });
          return;
        }
        const message = error instanceof Error ? error.message : 'Something went wrong.';
        setInfo({ status: 'error', message, retry });
      });
    return () => controller.abort();
  }, [code, key, retry]);

  return result?.key === key ? result.info : { status: 'loading' };
}
