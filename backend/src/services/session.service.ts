import { createHash, randomBytes, randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { Session } from '../models/session.model.js';

const DAY_MS = 86_400_000;
const USER_AGENT_MAX = 512;

export interface SessionOptions {
  ttlDays: number;
  userAgent?: string;
}

export type RotationResult =
  | { ok: true; token: string; userId: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'reused'; familyId?: string };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function newSessionFields(options: SessionOptions) {
  const token = randomBytes(32).toString('hex');
  return {
    token,
    fields: {
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + options.ttlDays * DAY_MS),
      userAgent: (options.userAgent ?? '').slice(0, USER_AGENT_MAX),
    },
  };
}

/** Starts a session (one per sign-in, that is per device) and returns its refresh token. */
export async function startSession(userId: string, options: SessionOptions): Promise<string> {
  const { token, fields } = newSessionFields(options);
  await Session.create({ ...fields, userId, familyId: randomUUID() });
  return token;
}

/**
 * Exchanges a refresh token for a new one in the same family. A token presented a second time
 * (stolen, or replayed) revokes the whole family, so the thief and the victim both sign in again.
 */
export async function rotateSession(
  token: string,
  options: SessionOptions,
): Promise<RotationResult> {
  const tokenHash = hashToken(token);
  const now = new Date();
  const current = await Session.findOne({ tokenHash });
  if (!current) return { ok: false, reason: 'unknown' };
  if (current.revokedAt) {
    await revokeFamily(current.familyId, now);
    return { ok: false, reason: 'reused', familyId: current.familyId };
  }
  if (current.expiresAt <= now) return { ok: false, reason: 'expired' };

  // The successor exists before its parent is claimed, so a concurrent reuse that revokes the
  // family always catches it too (there are no transactions to lean on).
  const next = newSessionFields(options);
  const successor = await Session.create({
    ...next.fields,
    userId: current.userId,
    familyId: current.familyId,
  });
  const claimed = await Session.findOneAndUpdate(
    { tokenHash, revokedAt: null, expiresAt: mongoose.trusted({ $gt: now }) },
    { $set: { revokedAt: now, replacedBy: successor._id } },
  );
  if (!claimed) {
    await revokeFamily(current.familyId, now);
    return { ok: false, reason: 'reused', familyId: current.familyId };
  }
  return { ok: true, token: next.token, userId: String(current.userId) };
}

export async function revokeSession(token: string): Promise<void> {
  await Session.updateOne(
    { tokenHash: hashToken(token), revokedAt: null },
    { $set: { revokedAt: new Date() } },
  );
}

async function revokeFamily(familyId: string, now: Date): Promise<void> {
  await Session.updateMany({ familyId, revokedAt: null }, { $set: { revokedAt: now } });
}

/** Deletes expired sessions (FerretDB has no TTL indexes); run it periodically. */
export async function purgeExpiredSessions(now = new Date()): Promise<number> {
  const { deletedCount } = await Session.deleteMany({
    expiresAt: mongoose.trusted({ $lte: now }),
  });
  return deletedCount;
}
