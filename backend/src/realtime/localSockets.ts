import type { HuddleServer, SocketContext } from './types.js';

/**
 * This process's connected sockets with their contexts, so that a command from any process runs
 * in the target socket's own queue. Keyed by the server-made socket id; an entry goes with its
 * socket.
 */
export interface LocalSockets {
  add(ctx: SocketContext): void;
  remove(id: string): void;
  get(id: string): SocketContext | undefined;
  /** Those of this process's sockets that are in `room`. */
  inRoom(room: string): SocketContext[];
}

export function createLocalSockets(io: HuddleServer): LocalSockets {
  const contexts = new Map<string, SocketContext>();
  return {
    add: (ctx) => void contexts.set(ctx.socket.id, ctx),
    remove: (id) => void contexts.delete(id),
    get: (id) => contexts.get(id),
    inRoom: (room) =>
      [...(io.of('/').adapter.rooms.get(room) ?? [])].flatMap((id) => contexts.get(id) ?? []),
  };
}
