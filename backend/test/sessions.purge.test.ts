import { randomBytes, randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { Session } from '../src/models/session.model.js';
import { purgeExpiredSessions } from '../src/services/session.service.js';
import { useTestDatabase } from './helpers/database.js';

useTestDatabase();

const sessionExpiringAt = (expiresAt: Date) => {
  const familyId = randomUUID();
  return Session.create({
    userId: new Types.ObjectId(),
    tokenHash: randomBytes(32).toString('hex'),
    familyId,
    parentKey: `login:${familyId}`,
    expiresAt,
  });
};

describe('purgeExpiredSessions', () => {
  it('when some sessions have expired, then it deletes those and keeps the live ones', async () => {
    const now = new Date();
    const expired = await sessionExpiringAt(new Date(now.getTime() - 1000));
    const live = await sessionExpiringAt(new Date(now.getTime() + 60_000));

    const deleted = await purgeExpiredSessions(now);

    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await Session.exists({ _id: expired._id })).toBeNull();
    expect(await Session.exists({ _id: live._id })).not.toBeNull();
  });
});
