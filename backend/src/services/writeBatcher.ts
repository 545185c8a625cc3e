import { isDuplicateKey } from '../db/duplicateKey.js';
import { AppError, databaseUnavailable } from '../errors/AppError.js';

/** Which documents of a batch were not stored, by index, with why; empty when all were. */
export type BatchFailures = Map<number, unknown>;

export interface WriteBatcherOptions<T> {
  /** Stores a batch; resolves with the documents that failed, or rejects when none was stored. */
  write(docs: T[]): Promise<BatchFailures>;
  /** An upper bound of a document's size on the wire, in bytes. */
  sizeOf(doc: T): number;
  maxBatchDocs: number;
  maxBatchBytes: number;
  /** Documents waiting (not yet in a write) past which `add` refuses at once. */
  maxQueuedDocs: number;
  /** Batches written at once (default 1); each is settled only after those taken before it. */
  maxInFlight?: number;
}

export interface WriteBatcher<T> {
  /** Resolves once `doc` is stored; rejects with why it was not, or at once when the queue is full. */
  add(doc: T): Promise<void>;
  /** Resolves when everything added so far has been written (or has failed). */
  drain(): Promise<void>;
}

interface Pending<T> {
  doc: T;
  bytes: number;
  resolve(): void;
  reject(error: unknown): void;
}

const writeQueueFull = () =>
  new AppError(503, 'RATE_LIMITED', 'Too many writes are waiting; try again in a moment.');

/**
 * Adds `doc` and waits until it is stored. A document the database did not take is
 * DATABASE_UNAVAILABLE, whatever the driver said; a full queue stays RATE_LIMITED, and a
 * duplicate key stays the driver's error, so that a caller who chose the id can tell it apart.
 */
export async function store<T>(writes: WriteBatcher<T>, doc: T): Promise<void> {
  try {
    await writes.add(doc);
  } catch (error) {
    throw error instanceof AppError || isDuplicateKey(error) ? error : databaseUnavailable();
  }
}

type Written = { failures: BatchFailures } | { error: unknown };

/**
 * Group commit: documents added while the writes in flight fill every slot wait and go together
 * in the next one, so that under load one database round trip stores many documents and, when
 * idle, a document is written without waiting for a timer. Batches are taken in arrival order
 * and settled in that order even when a later write finishes first, so documents are settled
 * in the order they were added. A slot is free again only once its batch is settled, so at most
 * `maxInFlight` batches are ever out of the queue and unsettled.
 */
export function createWriteBatcher<T>(options: WriteBatcherOptions<T>): WriteBatcher<T> {
  const maxInFlight = options.maxInFlight ?? 1;
  const queue: Pending<T>[] = [];
  let inFlight = 0;
  let settling: Promise<void> = Promise.resolve();
  let scheduled = false;
  let idle: Promise<void> = Promise.resolve();
  let markIdle: () => void = () => undefined;

  const takeBatch = (): Pending<T>[] => {
    let count = 0;
    let bytes = 0;
    while (count < queue.length && count < options.maxBatchDocs) {
      const next = queue[count] as Pending<T>;
      if (count > 0 && bytes + next.bytes > options.maxBatchBytes) break;
      bytes += next.bytes;
      count += 1;
    }
    return queue.splice(0, count);
  };

  const write = async (batch: Pending<T>[]): Promise<Written> => {
    try {
      return { failures: await options.write(batch.map((pending) => pending.doc)) };
    } catch (error) {
      return { error };
    }
  };

  const settle = (batch: Pending<T>[], written: Written) => {
    if ('error' in written) {
      for (const pending of batch) pending.reject(written.error);
      return;
    }
    batch.forEach((pending, index) => {
      if (written.failures.has(index)) pending.reject(written.failures.get(index));
      else pending.resolve();
    });
  };

  const pump = () => {
    scheduled = false;
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = takeBatch();
      const written = write(batch);
      inFlight += 1;
      settling = settling
        .then(() => written)
        .then((result) => {
          settle(batch, result);
          inFlight -= 1;
          if (queue.length > 0) pump();
          else if (inFlight === 0) markIdle();
        });
    }
  };

  return {
    add(doc) {
      if (queue.length >= options.maxQueuedDocs) return Promise.reject(writeQueueFull());
      if (inFlight === 0 && queue.length === 0) {
        idle = new Promise((resolve) => (markIdle = resolve));
      }
      const stored = new Promise<void>((resolve, reject) => {
        queue.push({ doc, bytes: options.sizeOf(doc), resolve, reject });
      });
      // An idle batcher writes on the next turn of the event loop, so documents that arrive
      // in the same I/O phase (many sockets' packets) already share the first write.
      if (inFlight < maxInFlight && !scheduled) {
        scheduled = true;
        setImmediate(pump);
      }
      return stored;
    },
    drain: () => idle,
  };
}
