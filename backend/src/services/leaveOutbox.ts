import { deadline } from '../lib/deadline.js';
import type { Logger } from '../lib/logger.js';
import { recordLeave } from './activity.service.js';

const RETRY_MS = 2000;

/**
 * Records when members left their meetings. A leave that cannot be written (the database is
 * away) is kept, with the time it happened, and written again until the database takes it, so
 * an outage leaves no Activity open.
 */
export interface LeaveOutbox {
  /** Never throws, and gives up on a silent (frozen) database after `timeoutMs`. */
  record(activityId: string, leftAt?: Date): Promise<void>;
  /** Makes one last attempt and stops retrying (shutdown, before the database closes). */
  close(): Promise<void>;
}

export function createLeaveOutbox(
  logger: Logger,
  timeoutMs: number,
  retryMs = RETRY_MS,
): LeaveOutbox {
  const waiting = new Map<string, Date>();
  const inFlight = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const attempt = async (activityId: string, leftAt: Date) => {
    try {
      await deadline(recordLeave(activityId, leftAt), timeoutMs, 'recording a leave');
      waiting.delete(activityId);
    } catch (error) {
      if (!waiting.has(activityId)) {
        logger.warn({ err: error, activityId }, 'leaving a meeting not recorded yet; will retry');
      }
      waiting.set(activityId, leftAt);
      schedule();
    }
  };
  const track = (activityId: string, leftAt: Date) => {
    const attempting = attempt(activityId, leftAt);
    inFlight.add(attempting);
    void attempting.finally(() => inFlight.delete(attempting));
    return attempting;
  };
  const flush = async () => {
    timer = undefined;
    await Promise.all([...waiting].map(([activityId, leftAt]) => track(activityId, leftAt)));
  };
  const schedule = () => {
    if (timer || closed) return;
    timer = setTimeout(() => void flush(), retryMs);
    timer.unref();
  };

  return {
    record: (activityId, leftAt = new Date()) => track(activityId, leftAt),
    async close() {
      closed = true;
      clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
      await flush();
      if (waiting.size > 0) logger.error({ count: waiting.size }, 'leaves lost at shutdown');
    },
  };
}
