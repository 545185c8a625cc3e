import type { Roster } from './roster.js';
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
export function createRecoveryHolds(io: HuddleServer, roster: Roster, windowMs: number) {
  const holds = new Map<string, Hold>();

  // A socket recovered on another process is back in its rooms there. Asked of the processes
  // that answer: one frozen elsewhere must not keep a leave from running (or fail it).
  const backInRoom = async (socketId: string, room: string) => {
    if (io.of('/').sockets.has(socketId)) return true;
    return (await roster.members(room)).some((member) => member.id === socketId);
  };

  return {
    /**
     * Runs `leave` after the window unless the socket came back (to `room`, the meeting it was
     * in); resolves when settled.
     */
    hold(socketId: string, room: string, leave: () => Promise<void>): Promise<void> {
      return new Promise<boolean>((resolve) => {
        const settle = (shouldLeave: boolean) => {
          clearTimeout(hold.timer);
          holds.delete(socketId);
          resolve(shouldLeave);
        };
        const hold: Hold = { timer: setTimeout(() => settle(true), windowMs), settle };
        holds.set(socketId, hold);
      }).then(async (shouldLeave) => {
        if (shouldLeave && !(await backInRoom(socketId, room))) await leave();
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
