import type { Logger } from '../lib/logger.js';
import { recordLeave } from './activity.service.js';

const RETRY_MS = 2000;

/**
 * Records when members left their meetings. A leave that cannot be written (the database is
 * away) is kept, with the time it happened, and written again until the database takes it, so
 * an outage leaves no Activity open.
 */
export interface LeaveOutbox {
  record(activityId: string, leftAt?: Date): Promise<void>;
  /** How many leaves are waiting for the database. */
  readonly size: number;
  /** Makes one last attempt and stops retrying (shutdown, before the database closes). */
  close(): Promise<void>;
}

export function createLeaveOutbox(logger: Logger, retryMs = RETRY_MS): LeaveOutbox {
  const waiting = new Map<string, Date>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const attempt = async (activityId: string, leftAt: Date) => {
    try {
      await recordLeave(activityId, leftAt);
      waiting.delete(activityId);
    } catch (error) {
      if (!waiting.has(activityId)) {
        logger.warn({ err: error, activityId }, 'leaving a meeting not recorded yet; will retry');
      }
      waiting.set(activityId, leftAt);
      schedule();
    }
  };
  const flush = async () => {
    timer = undefined;
    await Promise.all([...waiting].map(([activityId, leftAt]) => attempt(activityId, leftAt)));
  };
  const schedule = () => {
    if (timer || closed) return;
    timer = setTimeout(() => void flush(), retryMs);
    timer.unref();
  };

  return {
    record: (activityId, leftAt = new Date()) => attempt(activityId, leftAt),
    get size() {
      return waiting.size;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await flush();
      if (waiting.size > 0) logger.error({ count: waiting.size }, 'leaves lost at shutdown');
    },
  };
}
