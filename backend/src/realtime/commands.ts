import type { Logger } from '../lib/logger.js';
import type { Actor } from '@huddle/contract';
import { admit, demote, deny, expel, lowerHand, mute, promote } from './effects.js';
import { createLocalSockets, type LocalSockets } from './localSockets.js';
import { lobbyFor, roomFor } from './rooms.js';
import type { HuddleServer, SocketContext } from './types.js';

/**
 * What a host's event does to other sockets. A socket's state (`socket.data`, its rooms, its
 * Activity) can only be changed by the process holding it, so a command goes to every process
 * and each runs it for its own targets, in their queues.
 */
export type Command =
  | { type: 'mute'; code: string; id: string; kind: 'audio' | 'video'; by: Actor }
  | { type: 'lowerHand'; code: string; id: string }
  | { type: 'promote'; code: string; userId: string }
  | { type: 'demote'; code: string; userId: string }
  | { type: 'remove'; code: string; id: string }
  | { type: 'admit'; code: string; id: string }
  | { type: 'deny'; code: string; id: string }
  /** The lobby was turned off: everyone waiting comes in. */
  | { type: 'admitAll'; code: string }
  | { type: 'end'; code: string };

export interface Commands {
  /** Runs the command here and, when several processes share Redis, on every other one. */
  dispatch(command: Command): void;
  /** Registers a connected socket of this process as a possible target; `remove` forgets it. */
  add(ctx: SocketContext): void;
  remove(id: string): void;
}

export function createCommands(io: HuddleServer, logger: Logger, clustered: boolean): Commands {
  const local = createLocalSockets(io);
  const runHere = (command: Command) => {
    for (const target of targetsHere(local, command)) {
      void target.queue.run(() =>
        run(target, command).catch((error: unknown) =>
          logger.error({ err: error, command: command.type }, 'meeting command failed'),
        ),
      );
    }
  };
  if (clustered) io.on('command', runHere);
  return {
    dispatch(command) {
      if (clustered) io.serverSideEmit('command', command);
      runHere(command);
    },
    add: local.add,
    remove: local.remove,
  };
}

function targetsHere(local: LocalSockets, command: Command): SocketContext[] {
  if ('id' in command) return [local.get(command.id)].filter((ctx) => ctx !== undefined);
  if (command.type === 'admitAll') return local.inRoom(lobbyFor(command.code));
  const inMeeting = local.inRoom(roomFor(command.code));
  if (command.type === 'promote' || command.type === 'demote') {
    return inMeeting.filter((ctx) => ctx.socket.data.userId === command.userId);
  }
  return [...inMeeting, ...local.inRoom(lobbyFor(command.code))];
}

async function run(ctx: SocketContext, command: Command): Promise<void> {
  switch (command.type) {
    case 'mute':
      return mute(ctx, command.code, command.kind, command.by);
    case 'lowerHand':
      return lowerHand(ctx, command.code);
    case 'promote':
      return promote(ctx, command.code);
    case 'demote':
      return demote(ctx, command.code);
    case 'remove':
      return expel(ctx, command.code, 'meeting:removed');
    case 'end':
      return expel(ctx, command.code, 'meeting:ended');
    case 'admit':
    case 'admitAll':
      return admit(ctx, command.code);
    case 'deny':
      return deny(ctx, command.code);
  }
}
