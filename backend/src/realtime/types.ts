import type {
  ChatMessage,
  ClientToServerEvents,
  Role,
  ServerToClientEvents,
} from '@huddle/contract';
import type { Server, Socket } from 'socket.io';
import type { AppDeps } from '../deps.js';
import type { Command, Commands } from './commands.js';
import type { IpLimits } from './ipLimits.js';
import type { Presence } from './presence.js';
import type { Member, Roster } from './roster.js';
import type { SerialQueue } from './queue.js';
import type { EventBudget, TokenBucket } from './rateLimit.js';

export interface InterServerEvents {
  /** A session another process ended: its access tokens are refused here too. */
  'session:revoked': (sessionId: string) => void;
  /** A meeting changed or ended: forget what the meeting cache holds of it. */
  'meeting:invalidate': (code: string) => void;
  /** A chat message another process stored and broadcast: joins here list it among the recent. */
  'chat:stored': (message: ChatMessage) => void;
  /** Asks every other process for the members of a room it holds. */
  'roster:list': (room: string, reply: (members: Member[]) => void) => void;
  /** A host control for whoever holds its target (see commands.ts). */
  command: (command: Command) => void;
}

/** Who a socket is (set once from the handshake) and where it is; never taken from a payload. */
export interface SocketData {
  userId?: string;
  /** A member's session (refresh family): signing out there closes this socket. */
  sessionId?: string;
  /** When the member's access token expires unless `auth:refresh` brings a new one (ms). */
  sessionExpiresAt?: number;
  name: string;
  isGuest: boolean;
  meetingCode?: string;
  activityId?: string;
  /** When this socket joined its meeting (ms); breaks ties between simultaneous joins at the cap. */
  joinedAt?: number;
  audio: boolean;
  video: boolean;
  screen: boolean;
  /** Set from the meeting document when the socket enters a meeting, never from a payload. */
  role?: Role;
  /** The meeting whose lobby this socket waits in. */
  waitingFor?: string;
  /** When the hand went up (ms since the epoch), while it is up. */
  raisedAt?: number;
}

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

/** What every socket of this process shares: made once, when the server starts. */
export interface RealtimeServices {
  io: HuddleServer;
  deps: AppDeps;
  ipLimits: IpLimits;
  /** Who is in a meeting, on every process that answers. */
  roster: Roster;
  presence: Presence;
  /** Hands host controls to the processes holding their targets. */
  commands: Commands;
}

/**
 * What every handler of one connected socket works with. Kept small, since every idle connection
 * holds one: what a socket needs only once it is active is made at its first use.
 */
export interface SocketContext extends RealtimeServices {
  socket: HuddleSocket;
  /** Runs this socket's events one at a time, in arrival order. */
  queue: SerialQueue;
  /** The socket's event rate limit (rateLimit.ts), made at its first event. */
  eventBudget?: EventBudget;
  /** Closes a member's socket when its session's access token expires (session.handlers.ts). */
  sessionExpiry?: NodeJS.Timeout;
  /** The socket's reaction allowance, made at its first reaction. */
  reactionAllowance?: TokenBucket;
}
