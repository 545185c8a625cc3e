import { RealtimeError } from '../../../../lib/socket';

/** What a server says while it cannot serve a join yet: its database is (re)connecting. */
const RETRYABLE = new Set(['DATABASE_UNAVAILABLE', 'CLUSTER_UNAVAILABLE']);
const MAX_ATTEMPTS = 7;
const MAX_DELAY_MS = 8000;

/** Capped exponential backoff with jitter, so that clients dropped together do not return together. */
export function joinRetryDelay(attempt: number, random = Math.random): number {
  return Math.min(MAX_DELAY_MS, 500 * 2 ** attempt) * (0.75 + random() / 2);
}

export type Wait = (ms: number, signal: AbortSignal) => Promise<void>;

const sleep: Wait = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    });
  });

/**
 * Runs `attempt` (a `meeting:join`) until it succeeds, retrying with backoff while the server
 * answers that it is not ready yet, for about half a minute. Any other error, or `signal`
 * aborting (the socket dropped or the page left), ends it with that error.
 */
export async function joinWithRetry<T>(
  attempt: () => Promise<T>,
  signal: AbortSignal,
  wait: Wait = sleep,
): Promise<T> {
  for (let failures = 0; ; failures += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (signal.aborted) throw signal.reason as Error;
      const retryable = error instanceof RealtimeError && RETRYABLE.has(error.code);
      if (!retryable || failures + 1 >= MAX_ATTEMPTS) throw error;
      await wait(joinRetryDelay(failures), signal);
    }
  }
}
