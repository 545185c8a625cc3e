import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, beforeAll, inject } from 'vitest';
import { ensureIndexes } from '../../src/db/connect.js';

/** Connects this test file to a fresh database of its own and drops it afterwards. */
export function useTestDatabase(): void {
  beforeAll(async () => {
    const dbName = `huddle_test_${randomBytes(6).toString('hex')}`;
    await mongoose.connect(inject('mongoUri'), { dbName, serverSelectionTimeoutMS: 5000 });
    await ensureIndexes();
  });
  afterAll(async () => {
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
  });
}
