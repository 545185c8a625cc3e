import { deadline } from '../lib/deadline.js';
import type { Logger } from '../lib/logger.js';
import { recordLeaves } from './activity.service.js';

const RETRY_MS = 2000;
// FerretDB on SQLite updates about 350 documents a second: a batch stays well inside DB_TIMEOUT_MS.
const BATCH_MAX = 200;

/**
 * Records when members left their meetings, group-committed: leaves that arrive while a write is
 * in flight go together in the next one (up to BATCH_MAX per write). A leave that cannot be
 * written (the database is away) is kept, with the time it happened, and written again until the
 * database takes it, so an outage leaves no Activity open.
 */
export interface LeaveOutbox {
  /**
   * Resolves once the leave was written, or tried and kept for later. Never throws, and gives up
   * on a silent (frozen) database after `timeoutMs`.
   */
  record(activityId: string, leftAt?: Date): Promise<void>;
  /** Makes one last attempt and stops retrying (shutdown, before the database closes). */
  close(): Promise<void>;
}

export function createLeaveOutbox(
  logger: Logger,
  timeoutMs: number,
  retryMs = RETRY_MS,
): LeaveOutbox {
  /** Leaves not written yet, with the time each happened, in the order they came. */
  const waiting = new Map<string, Date>();
  /** Callers waiting for a leave's next attempt. */
  const callers = new Map<string, Array<() => void>>();
  let writing: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let failing = false;
  let closed = false;

  /** Writes the oldest waiting leaves at once; false when the database did not take them. */
  const writeBatch = async (): Promise<boolean> => {
    const batch = [...waiting].slice(0, BATCH_MAX);
    let written = true;
    try {
      await deadline(recordLeaves(batch), timeoutMs, 'recording leaves');
      for (const [activityId, leftAt] of batch) {
        if (waiting.get(activityId) === leftAt) waiting.delete(activityId);
      }
      failing = false;
    } catch (error) {
      if (!failing) {
        logger.warn({ err: error, count: waiting.size }, 'leaves not recorded yet; will retry');
      }
      failing = true;
      written = false;
    }
    for (const [activityId] of batch) {
      callers.get(activityId)?.forEach((resolve) => resolve());
      callers.delete(activityId);
    }
    return written;
  };

  /** One writer at a time, batch after batch, until nothing waits or the database refuses. */
  const pump = () => {
    if (writing || waiting.size === 0) return;
    clearTimeout(timer);
    timer = undefined;
    writing = (async () => {
      while (waiting.size > 0 && (await writeBatch()));
    })().finally(() => {
      writing = undefined;
      if (waiting.size > 0) schedule();
    });
  };

  const schedule = () => {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      pump();
    }, retryMs);
    timer.unref();
  };

  return {
    record(activityId, leftAt = new Date()) {
      waiting.set(activityId, leftAt);
      const attempted = new Promise<void>((resolve) => {
        callers.set(activityId, [...(callers.get(activityId) ?? []), resolve]);
      });
      if (!closed) pump();
      return attempted;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await writing;
      while (waiting.size > 0 && (await writeBatch()));
      if (waiting.size > 0) logger.error({ count: waiting.size }, 'leaves lost at shutdown');
    },
  };
}
