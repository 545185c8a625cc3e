import { createHandlerTable, dispatch } from './dispatcher.js';
import { allHandlers } from './handlers.js';
import { leaveMeeting } from './membership.js';
import { SerialQueue } from './queue.js';
import { admitEvent } from './rateLimit.js';
import { roomFor } from './rooms.js';
import { isRecoverable, type RecoveryHolds } from './recovery.js';
import { followSession } from './session.handlers.js';
import type { HuddleSocket, RealtimeServices, SocketContext } from './types.js';

export interface ConnectionOptions {
  /** The leave of each closing socket: shutdown waits for them before the database goes. */
  pending: Set<Promise<void>>;
  /** The clock of the event rate limit (milliseconds). */
  now: () => number;
  /** Leaves held back while a dropped socket may recover. */
  recovery: RecoveryHolds;
}

/**
 * Wires each authenticated socket. The handlers are the process's (one table); a socket gets
 * its context, one middleware that takes all its events and one disconnect listener, because
 * every idle connection holds what it gets here.
 */
export function createConnectionHandler(
  services: RealtimeServices,
  { pending, now, recovery }: ConnectionOptions,
): (socket: HuddleSocket) => void {
  const table = createHandlerTable(allHandlers);
  const limits = services.deps.config.socket;
  return (socket) => {
    const ctx = socketContext(services, socket);
    services.commands.add(ctx);
    // Never calls next: the event is handled here, so the socket has no listener of its own.
    socket.use((packet) => {
      if (admitEvent(ctx, packet, limits, now)) dispatch(table, ctx, packet);
    });
    followSession(ctx);

    if (socket.recovered) recovery.recovered(socket.id);
    socket.on('disconnect', (reason) => {
      clearTimeout(ctx.sessionExpiry);
      services.commands.remove(socket.id);
      const leave = () => ctx.queue.run(() => leaveMeeting(ctx));
      const code = socket.data.meetingCode;
      const mayRecover = limits.recoveryMs > 0 && isRecoverable(reason) && code;
      const leaving = mayRecover ? recovery.hold(socket.id, roomFor(code), leave) : leave();
      pending.add(leaving);
      void leaving.finally(() => pending.delete(leaving));
    });
  };
}

/**
 * Every field named here, the lazy ones too: contexts made alike share one hidden class, where
 * a spread followed by a field set later gives each its own (some 300 bytes).
 */
function socketContext(services: RealtimeServices, socket: HuddleSocket): SocketContext {
  const { io, deps, ipLimits, roster, presence, commands } = services;
  return {
    io,
    deps,
    ipLimits,
    roster,
    presence,
    commands,
    socket,
    queue: new SerialQueue(),
    eventBudget: undefined,
    sessionExpiry: undefined,
    reactionAllowance: undefined,
  };
}
