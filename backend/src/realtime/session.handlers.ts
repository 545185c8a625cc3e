import { authRefreshPayloadSchema, type AckError } from '@huddle/contract';
import { unauthorized } from '../errors/AppError.js';
import type { SessionRevocations } from '../lib/sessionRevocations.js';
import { defineHandler } from './handler.js';
import { sessionRoomFor } from './rooms.js';
import type { HuddleServer, HuddleSocket, SocketContext } from './types.js';

const sessionEnded: { error: AckError } = {
  error: { code: 'SESSION_EXPIRED', message: 'Your session has ended. Please sign in again.' },
};

/**
 * A member's socket lives as long as the account session: until its access token expires,
 * unless `auth:refresh` brings the next one over the open socket. Follows what `socket.data`
 * says now; called at the connect and after each refresh.
 */
export function followSession(ctx: SocketContext): void {
  const { socket } = ctx;
  const { sessionId, sessionExpiresAt } = socket.data;
  if (sessionId) void socket.join(sessionRoomFor(sessionId));
  clearTimeout(ctx.sessionExpiry);
  ctx.sessionExpiry =
    sessionExpiresAt === undefined
      ? undefined
      : setTimeout(endSocket, Math.max(0, sessionExpiresAt - Date.now()), socket);
}

const refresh = defineHandler('auth:refresh', authRefreshPayloadSchema, async (ctx, { token }) => {
  const { socket, deps } = ctx;
  if (socket.data.isGuest) throw unauthorized('Guests have no session to refresh.');
  const claims = deps.tokens.verifyAccessToken(token);
  if (!claims) throw unauthorized('The access token is invalid or expired.');
  const { userId, sessionId } = socket.data;
  // A socket from before session ids existed adopts the session of its next token.
  const sameSession = sessionId === undefined || claims.sessionId === sessionId;
  if (claims.userId !== userId || !sameSession || deps.revocations.isRevoked(claims.sessionId)) {
    throw unauthorized('That token belongs to another session.');
  }
  Object.assign(socket.data, {
    sessionId: claims.sessionId,
    sessionExpiresAt: claims.expiresAt,
  });
  followSession(ctx);
  return { expiresIn: Math.max(0, Math.floor((claims.expiresAt - Date.now()) / 1000)) };
});

export const sessionHandlers = [refresh];

function endSocket(socket: HuddleSocket): void {
  socket.emit('session:ended', sessionEnded);
  socket.disconnect(true);
}

/**
 * Closes every socket of a session that was signed out or revoked, on every process (the
 * adapter carries both the event and the disconnect), and has the other processes refuse its
 * remaining access tokens too.
 */
export function followRevocations(
  io: HuddleServer,
  revocations: SessionRevocations,
  acrossProcesses: boolean,
): () => void {
  io.on('session:revoked', (sessionId) => revocations.remember(sessionId));
  return revocations.onRevoke((sessionId) => {
    // Published first, so a process hears of the revocation before its sockets are told to go.
    if (acrossProcesses) io.serverSideEmit('session:revoked', sessionId);
    const room = sessionRoomFor(sessionId);
    io.to(room).emit('session:ended', sessionEnded);
    io.in(room).disconnectSockets(true);
  });
}
