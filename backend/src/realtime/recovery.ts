import type { HuddleServer } from './types.js';

/**
 * Disconnect reasons after which Socket.IO keeps the session for `connectionStateRecovery`:
 * the transport dropped, so the client may come back with the same id, rooms and data.
 */
const DROPPED_TRANSPORT = new Set(['transport close', 'transport error', 'ping timeout']);

export function isRecoverable(reason: string): boolean {
  return DROPPED_TRANSPORT.has(reason);
}

interface Hold {
  timer: NodeJS.Timeout;
  settle(leave: boolean): void;
}

/**
 * Leaves held back while a dropped socket may still recover: the others are told it left only
 * when the window has passed and the socket is connected nowhere (it may have recovered on
 * another process). A socket that recovers on this process releases its hold.
 */
export function createRecoveryHolds(io: HuddleServer, windowMs: number) {
  const holds = new Map<string, Hold>();

  const connectedAnywhere = async (socketId: string) => {
    if (io.of('/').sockets.has(socketId)) return true;
    const matches = await io.in(socketId).fetchSockets();
    return matches.some((socket) => socket.id === socketId);
  };

  return {
    /** Runs `leave` after the window unless the socket came back; resolves when settled. */
    hold(socketId: string, leave: () => Promise<void>): Promise<void> {
      return new Promise<boolean>((resolve) => {
        const settle = (shouldLeave: boolean) => {
          clearTimeout(hold.timer);
          holds.delete(socketId);
          resolve(shouldLeave);
        };
        const hold: Hold = { timer: setTimeout(() => settle(true), windowMs), settle };
        holds.set(socketId, hold);
      }).then(async (shouldLeave) => {
        if (shouldLeave && !(await connectedAnywhere(socketId))) await leave();
      });
    },
    /** The socket recovered here: it never left. */
    recovered(socketId: string): void {
      holds.get(socketId)?.settle(false);
    },
    /** Shutdown: every held leave runs now, so it is recorded before the database goes. */
    releaseAll(): void {
      for (const hold of [...holds.values()]) hold.settle(true);
    },
  };
}

export type RecoveryHolds = ReturnType<typeof createRecoveryHolds>;
