import type { Logger } from '../lib/logger.js';
import type { HuddleServer, SocketData } from './types.js';

export interface Member {
  id: string;
  data: SocketData;
}

export interface Roster {
  /**
   * Who is in `room` on every process that answers within the adapter's request timeout: a
   * frozen or overloaded process must not make every join elsewhere fail.
   */
  members(room: string): Promise<Member[]>;
}

/** The members of `room` on this process, read synchronously. */
function localMembers(io: HuddleServer, room: string): Member[] {
  const namespace = io.of('/');
  const ids = namespace.adapter.rooms.get(room) ?? new Set<string>();
  return [...ids].flatMap((id) => {
    const socket = namespace.sockets.get(id);
    return socket ? [{ id, data: socket.data }] : [];
  });
}

/** `clustered`: the Redis adapter connects this process to others, which answer for their own. */
export function createRoster(io: HuddleServer, clustered: boolean, logger: Logger): Roster {
  if (!clustered) return { members: async (room) => localMembers(io, room) };
  io.on('roster:list', (room, reply) => reply(localMembers(io, room)));
  return {
    members: (room) =>
      new Promise((resolve) => {
        io.serverSideEmit('roster:list', room, (error: Error | null, answers: Member[][]) => {
          if (error)
            logger.warn({ reason: error.message }, 'a process did not answer who is in a meeting');
          resolve([...localMembers(io, room), ...answers.flat()]);
        });
      }),
  };
}
