import type { ExtendedError } from 'socket.io';
import type { Logger } from '../lib/logger.js';
import type { SessionRevocations } from '../lib/sessionRevocations.js';
import type { AccessTokenService } from '../services/accessToken.service.js';
import { isSessionLive } from '../services/session.service.js';
import { handshakeAuthSchema } from '@huddle/contract';
import type { HuddleSocket, SocketData } from './types.js';

interface Verifiers {
  tokens: AccessTokenService;
  revocations: SessionRevocations;
  logger: Logger;
}

/** Who a handshake is: a member from a valid access token, a guest from a name, or nobody. */
function identify(auth: unknown, { tokens, revocations }: Verifiers): SocketData | null {
  const parsed = handshakeAuthSchema.safeParse(auth ?? {});
  if (!parsed.success) return null;
  const { token, name } = parsed.data;
  const media = { audio: false, video: false, screen: false };
  if (token !== undefined) {
    // A bad token never falls back to a guest: the client asked to be someone.
    const claims = tokens.verifyAccessToken(token);
    if (!claims || revocations.isRevoked(claims.sessionId)) return null;
    return {
      userId: claims.userId,
      name: claims.name,
      isGuest: false,
      ...(claims.sessionId ? { sessionId: claims.sessionId } : {}),
      sessionExpiresAt: claims.expiresAt,
      ...media,
    };
  }
  if (name === undefined) return null;
  return { name, isGuest: true, ...media };
}

export function authenticate(verifiers: Verifiers) {
  return async (socket: HuddleSocket, next: (error?: ExtendedError) => void) => {
    const identity = identify(socket.handshake.auth, verifiers);
    if (!identity || !(await sessionLive(identity, verifiers))) {
      next(handshakeError('UNAUTHORIZED', 'A valid access token or a display name is required.'));
      return;
    }
    if (socket.recovered) {
      // The restored session keeps its meeting and media; the handshake must still be valid
      // and name the same person.
      if (identity.userId !== socket.data.userId) {
        next(handshakeError('UNAUTHORIZED', 'This connection belongs to someone else.'));
        return;
      }
      const { audio, video, screen } = socket.data;
      socket.data = { ...socket.data, ...identity, audio, video, screen };
    } else {
      socket.data = identity;
    }
    next();
  };
}

/**
 * A member's session must still be live in the database: a process that started after a sign
 * out, a revoked family or a password change has not heard of it, yet must refuse its tokens.
 * While the database is away the token alone decides, so that calls survive an outage.
 */
async function sessionLive(identity: SocketData, { logger }: Verifiers): Promise<boolean> {
  if (!identity.sessionId) return true;
  try {
    return await isSessionLive(identity.sessionId);
  } catch (error) {
    logger.warn({ err: error }, 'could not check the session of a handshake; token accepted');
    return true;
  }
}

/** A refused handshake: the client's connect_error has `code` as its message, and both as data. */
export function handshakeError(code: string, message: string): ExtendedError {
  const error: ExtendedError = new Error(code);
  error.data = { code, message };
  return error;
}
