import { clusterUnavailable } from '../errors/AppError.js';
import type { SocketData } from './types.js';
import type { HuddleServer } from './types.js';

// The one place room names are made; socket ids never contain a colon, so none can collide.
export const roomFor = (code: string): string => `meeting:${code}`;
/** Sockets waiting to be admitted to the meeting. */
export const lobbyFor = (code: string): string => `lobby:${code}`;
/** The meeting's hosts and co-hosts who are in it: they hear knocks. */
export const hostsFor = (code: string): string => `hosts:${code}`;
/** Every socket of one signed-in session (refresh family), on any process. */
export const sessionRoomFor = (sessionId: string): string => `session:${sessionId}`;

export interface FoundSocket {
  id: string;
  data: SocketData;
}

/**
 * The socket `socketId` if it is in `room`, on this process or (through the adapter) another.
 * `socketId` comes from a client, so a match must be that exact socket, not a room of that name.
 */
export async function findSocketInRoom(
  io: HuddleServer,
  socketId: string,
  room: string,
): Promise<FoundSocket | undefined> {
  const local = io.of('/').sockets.get(socketId);
  if (local) return local.rooms.has(room) ? local : undefined;
  const matches = await io
    .in(socketId)
    .fetchSockets()
    .catch(() => {
      // The adapter's request timed out: some process (maybe the target's) did not answer.
      throw clusterUnavailable();
    });
  return matches.find((candidate) => candidate.id === socketId && candidate.rooms.has(room));
}
