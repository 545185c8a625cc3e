import type { Config } from '../config.js';
import { insertUnordered } from '../db/insertUnordered.js';
import { Activity } from '../models/activity.model.js';
import { Message } from '../models/message.model.js';
import { activityRecordSize, type ActivityRecord } from './activity.service.js';
import { messageRecordSize, type MessageRecord } from './chat.service.js';
import { createWriteBatcher, type WriteBatcher } from './writeBatcher.js';

// Far below the 48 MB a MongoDB message may carry, so a batch is never split by the driver.
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

/** The process's group-committed writes: chat messages and the Activity of joins. */
export interface PendingWrites {
  messages: WriteBatcher<MessageRecord>;
  activities: WriteBatcher<ActivityRecord>;
  /** Resolves once everything queued so far is written; shutdown awaits it before the database closes. */
  drain(): Promise<void>;
}

/** `timeoutMs`: how long a batch may take before its writers are told DATABASE_UNAVAILABLE. */
export function createPendingWrites(limits: Config['writes'], timeoutMs: number): PendingWrites {
  const bounds = {
    maxBatchDocs: limits.maxBatchDocs,
    maxBatchBytes: MAX_BATCH_BYTES,
    maxQueuedDocs: limits.maxQueuedDocs,
    maxInFlight: limits.maxInFlight,
  };
  const messages = createWriteBatcher({
    ...bounds,
    write: insertUnordered<MessageRecord>(Message.collection, timeoutMs),
    sizeOf: messageRecordSize,
  });
  const activities = createWriteBatcher({
    ...bounds,
    write: insertUnordered<ActivityRecord>(Activity.collection, timeoutMs),
    sizeOf: activityRecordSize,
  });
  return {
    messages,
    activities,
    drain: async () => {
      await Promise.all([messages.drain(), activities.drain()]);
    },
  };
}
