import type { Server, Socket } from 'socket.io';
import type { AppDeps } from '../deps.js';
import type {
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
  SocketData,
} from './contract.js';
import type { IpLimits } from './ipLimits.js';
import type { SerialQueue } from './queue.js';

export type HuddleServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

export type HuddleSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

/** What every handler of one connected socket works with. */
export interface SocketContext {
  io: HuddleServer;
  socket: HuddleSocket;
  deps: AppDeps;
  ipLimits: IpLimits;
  /** Runs this socket's events one at a time, in arrival order. */
  queue: SerialQueue;
}
