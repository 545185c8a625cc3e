import mongoose from 'mongoose';
import type { BatchFailures } from '../services/writeBatcher.js';

interface InsertableCollection<T> {
  insertMany(docs: T[], options: { ordered: false; timeoutMS?: number }): Promise<unknown>;
}

/**
 * A batch write for the write batcher: one `insertMany` straight through the driver (the
 * documents are built complete by the caller, so mongoose's per-document casting and
 * validation would only cost time). Unordered, so one bad document does not stop the rest;
 * the documents the server reports as failed are returned by index, and any other error
 * means the batch as a whole was not stored.
 *
 * `timeoutMs` bounds the whole write on the client: a frozen server keeps its sockets open and
 * answers nothing, and without it the write would hang until the driver's monitor gives up.
 */
export function insertUnordered<T>(collection: InsertableCollection<T>, timeoutMs?: number) {
  const options = { ordered: false as const, ...(timeoutMs ? { timeoutMS: timeoutMs } : {}) };
  return async (docs: T[]): Promise<BatchFailures> => {
    try {
      await collection.insertMany(docs, options);
      return new Map();
    } catch (error) {
      const writeErrors = bulkWriteErrors(error);
      if (writeErrors.length === 0) throw error;
      return new Map(writeErrors.map((writeError) => [writeError.index, writeError]));
    }
  };
}

function bulkWriteErrors(error: unknown): { index: number }[] {
  if (!(error instanceof mongoose.mongo.MongoBulkWriteError)) return [];
  // The driver gives one WriteError or an array of them.
  return ([] as { index: number }[]).concat(error.writeErrors);
}
