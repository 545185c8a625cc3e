import { setTimeout as sleep } from 'node:timers/promises';
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

  const warnOnce = (error: unknown) => {
    if (!failing)
      logger.warn({ err: error, count: waiting.size }, 'leaves not recorded yet; will retry');
    failing = true;
  };

  /**
   * Writes the oldest waiting leaves at once; false when the database did not take them. Their
   * callers are answered within `timeoutMs` either way. When `patient`, a write that is late is
   * still awaited before the next one: a retry on top of a write the database is still doing
   * only adds to its load.
   */
  const writeBatch = async (patient: boolean): Promise<boolean> => {
    const batch = [...waiting].slice(0, BATCH_MAX);
    const write = recordLeaves(batch).then(
      () => true,
      (error: unknown) => {
        warnOnce(error);
        return false;
      },
    );
    const inTime = await Promise.race([write, sleep(timeoutMs, 'late' as const, { ref: false })]);
    if (inTime === 'late') warnOnce(new Error(`recording leaves took longer than ${timeoutMs} ms`));
    for (const [activityId] of batch) {
      callers.get(activityId)?.forEach((resolve) => resolve());
      callers.delete(activityId);
    }
    const written = inTime === 'late' ? patient && (await write) : inTime;
    if (!written) return false;
    for (const [activityId, leftAt] of batch) {
      if (waiting.get(activityId) === leftAt) waiting.delete(activityId);
    }
    failing = false;
    return true;
  };

  /** One writer at a time, batch after batch, until nothing waits or the database refuses. */
  const pump = () => {
    if (writing || waiting.size === 0) return;
    clearTimeout(timer);
    timer = undefined;
    writing = (async () => {
      while (waiting.size > 0 && (await writeBatch(true)));
    })().finally(() => {
      writing = undefined;
      // Leaves that came as the last write ended go now; after a failure, after a pause.
      if (waiting.size > 0 && failing) schedule();
      else pump();
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
      // While the database is away the leave is kept for later at once, not after a timeout.
      if (failing && writing) return Promise.resolve();
      const attempted = new Promise<void>((resolve) => {
        callers.set(activityId, [...(callers.get(activityId) ?? []), resolve]);
      });
      if (!closed) pump();
      return attempted;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      // A write the database is still doing is given one more bound, then the rest is tried once.
      await Promise.race([writing, sleep(timeoutMs, undefined, { ref: false })]);
      while (waiting.size > 0 && (await writeBatch(false)));
      if (waiting.size > 0) logger.error({ count: waiting.size }, 'leaves lost at shutdown');
    },
  };
}
