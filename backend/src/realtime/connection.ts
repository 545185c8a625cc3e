import { registerChatHandlers } from './chat.handlers.js';
import { CLIENT_EVENTS } from '@huddle/contract';
import { registerControlHandlers } from './control.handlers.js';
import { registerHandHandlers } from './hand.handlers.js';
import { errorAck, splitArgs } from './handler.js';
import { registerLobbyHandlers } from './lobby.handlers.js';
import { registerMediaHandlers } from './media.handlers.js';
import { registerMeetingHandlers } from './meeting.handlers.js';
import { leaveMeeting } from './membership.js';
import { createSerialQueue } from './queue.js';
import { rateLimit } from './rateLimit.js';
import { registerReactionHandlers } from './reaction.handlers.js';
import { roomFor } from './rooms.js';
import { isRecoverable, type RecoveryHolds } from './recovery.js';
import { registerSessionHandlers } from './session.handlers.js';
import { registerSignalHandlers } from './signal.handlers.js';
import type { SocketContext } from './types.js';

const KNOWN_EVENTS = new Set<string>(CLIENT_EVENTS);

export interface ConnectionOptions {
  /** The leave of each closing socket: shutdown waits for them before the database goes. */
  pending: Set<Promise<void>>;
  /** The clock of the event rate limit (milliseconds). */
  now: () => number;
  /** Leaves held back while a dropped socket may recover. */
  recovery: RecoveryHolds;
}

/** Wires one authenticated socket. */
export function onConnection(
  wiring: Omit<SocketContext, 'queue'>,
  { pending, now, recovery }: ConnectionOptions,
): void {
  const ctx: SocketContext = { ...wiring, queue: createSerialQueue() };
  const { socket, deps, commands } = ctx;
  commands.add(ctx);
  socket.use(rateLimit(socket, deps.config.socket, now));
  socket.use((packet, next) => {
    if (KNOWN_EVENTS.has(String(packet[0]))) return next();
    splitArgs(packet.slice(1)).ack?.(errorAck('VALIDATION_FAILED', 'Unknown event.'));
  });
  registerSessionHandlers(ctx);
  registerMeetingHandlers(ctx);
  registerChatHandlers(ctx);
  registerSignalHandlers(ctx);
  registerMediaHandlers(ctx);
  registerControlHandlers(ctx);
  registerLobbyHandlers(ctx);
  registerHandHandlers(ctx);
  registerReactionHandlers(ctx);

  if (socket.recovered) recovery.recovered(socket.id);
  socket.on('disconnect', (reason) => {
    commands.remove(socket.id);
    const leave = () => ctx.queue(() => leaveMeeting(ctx));
    const code = socket.data.meetingCode;
    const mayRecover = deps.config.socket.recoveryMs > 0 && isRecoverable(reason) && code;
    const leaving = mayRecover ? recovery.hold(socket.id, roomFor(code), leave) : leave();
    pending.add(leaving);
    void leaving.finally(() => pending.delete(leaving));
  });
}
