import { clusterUnavailable } from '../errors/AppError.js';
import type { HuddleServer } from './types.js';

const MEETING_ROOM_PREFIX = 'meeting:';
const SESSION_ROOM_PREFIX = 'session:';

/** The one place meeting room names are made. */
export function roomFor(code: string): string {
  return `${MEETING_ROOM_PREFIX}${code}`;
}

/** Every socket of one signed-in session (refresh family), on any process. */
export function sessionRoomFor(sessionId: string): string {
  return `${SESSION_ROOM_PREFIX}${sessionId}`;
}

/**
 * Whether the socket `socketId` is in `room`, on this process or (through the adapter) another.
 * `socketId` comes from a client, so a match must be that exact socket, not a room of that name.
 */
export async function isSocketInRoom(
  io: HuddleServer,
  socketId: string,
  room: string,
): Promise<boolean> {
  const local = io.of('/').sockets.get(socketId);
  if (local) return local.rooms.has(room);
  const matches = await io
    .in(socketId)
    .fetchSockets()
    .catch(() => {
      // The adapter's request timed out: some process (maybe the target's) did not answer.
      throw clusterUnavailable();
    });
  return matches.some((candidate) => candidate.id === socketId && candidate.rooms.has(room));
}
