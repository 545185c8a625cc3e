import mongoose from 'mongoose';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/lib/logger.js';
import { Activity } from '../../src/models/activity.model.js';
import { createLeaveOutbox } from '../../src/services/leaveOutbox.js';
import { useTestDatabase } from '../helpers/database.js';

useTestDatabase();

async function openActivities(count: number): Promise<string[]> {
  const userId = new mongoose.Types.ObjectId();
  const docs = await Activity.insertMany(
    Array.from({ length: count }, () => ({ userId, meetingCode: 'abc-defg-hij' })),
  );
  return docs.map((doc) => String(doc._id));
}

describe('the leave outbox', () => {
  it('when 1,200 members leave at once, then their leaves are written together in a few writes, each at the second it happened', async () => {
    const ids = await openActivities(1200);
    const outbox = createLeaveOutbox(createLogger('silent'), 10_000);
    const writes = [vi.spyOn(Activity, 'updateMany'), vi.spyOn(Activity, 'updateOne')];
    // Over three seconds; each is stored as the second it happened in, rounded up.
    const leftAt = ids.map((_, i) => new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i * 2.5)));

    await Promise.all(ids.map((id, i) => outbox.record(id, leftAt[i])));

    // The first leave goes alone; the others gather while it is written, 200 to a batch.
    const calls = writes.reduce((sum, write) => sum + write.mock.calls.length, 0);
    expect(calls).toBeLessThanOrEqual(12);
    writes.forEach((write) => write.mockRestore());
    const stored = await Activity.find(
      { _id: mongoose.trusted({ $in: ids }) },
      { leftAt: 1 },
    ).lean();
    const leftAtById = new Map(stored.map((doc) => [String(doc._id), doc.leftAt?.getTime()]));
    expect(ids.map((id) => leftAtById.get(id))).toEqual(
      leftAt.map((date) => Math.ceil(date.getTime() / 1000) * 1000),
    );
    await outbox.close();
  });

  it('when a leave is recorded for an Activity already closed, then its first time stays', async () => {
    const [id] = await openActivities(1);
    const outbox = createLeaveOutbox(createLogger('silent'), 10_000);
    const first = new Date('2026-01-01T10:00:00.000Z');

    await outbox.record(id!, first);
    await outbox.record(id!, new Date('2026-01-01T11:00:00Z'));

    expect((await Activity.findById(id).lean())?.leftAt).toEqual(first);
    await outbox.close();
  });
});
