import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../db/duplicateKey.js';
import { Session, type SessionDocument } from '../models/session.model.js';

const DAY_MS = 86_400_000;
const USER_AGENT_MAX = 512;

export interface SessionOptions {
  ttlDays: number;
  userAgent?: string | undefined;
}

export interface RotationOptions extends SessionOptions {
  /** Secret from which a token's one successor is derived, so that it can be handed out again. */
  successorKey: string;
  /** How long after a rotation the old token still gets its successor (a retry, a second tab). */
  reuseGraceMs: number;
}

export type RotationResult =
  | { ok: true; token: string; userId: string; familyId: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'reused' | 'revoked'; familyId?: string };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function newSessionFields(options: SessionOptions, token = randomBytes(32).toString('hex')) {
  return {
    token,
    fields: {
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + options.ttlDays * DAY_MS),
      userAgent: (options.userAgent ?? '').slice(0, USER_AGENT_MAX),
    },
  };
}

/**
 * Starts a session (one per sign-in, that is per device): its refresh token, and its family id,
 * which names the session for as long as its tokens rotate.
 */
export async function startSession(
  userId: string,
  options: SessionOptions,
): Promise<{ token: string; familyId: string }> {
  const { token, fields } = newSessionFields(options);
  const familyId = randomUUID();
  await Session.create({ ...fields, userId, familyId, parentKey: `login:${familyId}` });
  return { token, familyId };
}

/**
 * Exchanges a refresh token for a new one in the same family. A token presented again within
 * the grace window (a retried request, two tabs refreshing at once) gets the same successor;
 * after it, a second presentation (stolen, or replayed) revokes the whole family, so the thief
 * and the victim both sign in again.
 */
export async function rotateSession(
  token: string,
  options: RotationOptions,
): Promise<RotationResult> {
  const current = await Session.findOne({ tokenHash: hashToken(token) });
  if (!current) return { ok: false, reason: 'unknown' };
  return rotateFrom(current, token, options);
}

/**
 * The rest of a rotation, from the session as it was read: apart so that a test can revoke the
 * session between the read and the rest, as a sign-out or a password change racing it would.
 */
export async function rotateFrom(
  current: SessionDocument,
  token: string,
  options: RotationOptions,
): Promise<RotationResult> {
  const now = new Date();
  const successorToken = deriveSuccessor(token, options.successorKey);
  const granted = {
    ok: true as const,
    token: successorToken,
    userId: String(current.userId),
    familyId: current.familyId,
  };
  const recentSuccessor = () =>
    findRecentSuccessor(current, successorToken, now, options.reuseGraceMs);
  if (current.revokedAt) return (await recentSuccessor()) ? granted : reused(current.familyId, now);
  if (current.expiresAt <= now) return { ok: false, reason: 'expired' };

  const successorId =
    (await createSuccessor(current, successorToken, options)) ?? (await recentSuccessor())?._id;
  if (!successorId) return reused(current.familyId, now);
  const claimed = await Session.findOneAndUpdate(
    { _id: current._id, revokedAt: null, expiresAt: mongoose.trusted({ $gt: now }) },
    { $set: { revokedAt: now, replacedBy: successorId } },
  );
  if (claimed) return granted;
  // Revoked meanwhile: by a concurrent rotation of the same token, which names the successor, or
  // by a sign-out or password change, which does not and may have run before the successor
  // existed: then the successor is revoked too, or it would outlive the revocation.
  const parent = await Session.findById(current._id, { replacedBy: 1 }).lean();
  if (parent?.replacedBy && (await recentSuccessor())) return granted;
  await revokeFamily(current.familyId, now);
  return { ok: false, reason: 'revoked', familyId: current.familyId };
}

/**
 * A token's successor is derived from it with a server secret instead of drawn at random: a
 * retry can then be answered with the same token, while the database still holds only hashes.
 */
function deriveSuccessor(token: string, key: string): string {
  return createHmac('sha256', key).update(`refresh-successor:${token}`).digest('hex');
}

/** The still valid session `parent` was rotated into less than `graceMs` ago, if any. */
async function findRecentSuccessor(
  parent: SessionDocument,
  successorToken: string,
  now: Date,
  graceMs: number,
) {
  const successor = await Session.findOne({
    parentKey: String(parent._id),
    tokenHash: hashToken(successorToken),
    revokedAt: null,
    expiresAt: mongoose.trusted({ $gt: now }),
  });
  return successor && now.getTime() - successor.createdAt.getTime() < graceMs ? successor : null;
}

/**
 * The one successor a session may have: the unique parentKey makes a second, concurrent
 * rotation of the same token fail here (null), since FerretDB does not apply conditional
 * updates atomically but does enforce unique indexes.
 */
async function createSuccessor(parent: SessionDocument, token: string, options: SessionOptions) {
  const { fields } = newSessionFields(options, token);
  try {
    const session = await Session.create({
      ...fields,
      userId: parent.userId,
      familyId: parent.familyId,
      parentKey: String(parent._id),
    });
    return session._id;
  } catch (error) {
    if (isDuplicateKey(error)) return null;
    throw error;
  }
}

async function reused(familyId: string, now: Date): Promise<RotationResult> {
  await revokeFamily(familyId, now);
  return { ok: false, reason: 'reused', familyId };
}

/** Ends every token of a session (a refresh-token family) still live. */
async function revokeFamily(familyId: string, at: Date): Promise<void> {
  await Session.updateMany({ familyId, revokedAt: null }, { $set: { revokedAt: at } });
}

/** Whether the session (a refresh-token family) is still live: not signed out, revoked or expired. */
export async function isSessionLive(familyId: string): Promise<boolean> {
  const live = await Session.exists({
    familyId,
    revokedAt: null,
    expiresAt: mongoose.trusted({ $gt: new Date() }),
  });
  return live !== null;
}

/**
 * Ends the session (the whole family) of `token`, even when `token` itself was just rotated (a
 * refresh in another tab won the race), so that no successor outlives the sign-out; returns the
 * family id, or null when `token` was never a session.
 */
export async function revokeSession(token: string): Promise<string | null> {
  const session = await Session.findOne({ tokenHash: hashToken(token) }, { familyId: 1 }).lean();
  if (!session) return null;
  await revokeFamily(session.familyId, new Date());
  return session.familyId;
}

/**
 * Ends every session of the user except the family `keepFamilyId` (the device asking); returns
 * the family ids it ended, so that their sockets can be closed too.
 */
export async function revokeOtherSessions(
  userId: string,
  keepFamilyId: string | undefined,
): Promise<string[]> {
  const filter = {
    userId,
    revokedAt: null,
    ...(keepFamilyId ? { familyId: mongoose.trusted({ $ne: keepFamilyId }) } : {}),
  };
  const live = await Session.find(filter, { familyId: 1 }).lean();
  if (live.length === 0) return [];
  await Session.updateMany(filter, { $set: { revokedAt: new Date() } });
  return [...new Set(live.map((session) => session.familyId))];
}

/** Deletes expired sessions (FerretDB has no TTL indexes); run it periodically. */
export async function purgeExpiredSessions(now = new Date()): Promise<number> {
  const { deletedCount } = await Session.deleteMany({
    expiresAt: mongoose.trusted({ $lte: now }),
  });
  return deletedCount;
}
