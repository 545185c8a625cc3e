import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type {
  Ack,
  AckDataOf,
  ClientEventName,
  ClientToServerEvents,
  PayloadOf,
  ServerToClientEvents,
} from '@huddle/contract';
import { env } from '../config/env';

export type HuddleSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type SocketIdentity =
  | { kind: 'member'; getAccessToken: () => Promise<string | null> }
  | { kind: 'guest'; name: string };

export class RealtimeError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'RealtimeError';
    this.code = code;
  }
}

/**
 * Socket to the API origin (the page's own unless configured) that never connects by itself. The auth callback runs on every
 * (re)connect, so a member always presents a fresh access token, never a stale one.
 */
export function createSocket(identity: SocketIdentity): HuddleSocket {
  const options = {
    autoConnect: false,
    transports: ['websocket', 'polling'],
    // Back within a couple of seconds of a restarted server answering again (default: up to 5 s).
    reconnectionDelay: 500,
    reconnectionDelayMax: 2000,
    auth: (cb) => {
      if (identity.kind === 'guest') {
        cb({ name: identity.name });
        return;
      }
      identity
        .getAccessToken()
        .then((token) => cb(token ? { token } : {}))
        .catch(() => cb({}));
    },
  } satisfies Partial<ManagerOptions & SocketOptions>;
  return env.socketUrl ? io(env.socketUrl, options) : io(options);
}

/** Emits with an ack and turns `{ok: false, error}` into a thrown RealtimeError. */
export async function request<E extends ClientEventName>(
  socket: HuddleSocket,
  event: E,
  payload: PayloadOf<E>,
  timeoutMs = 10_000,
): Promise<AckDataOf<E>> {
  const withTimeout = socket.timeout(timeoutMs) as unknown as {
    emitWithAck(ev: E, body: PayloadOf<E>): Promise<Ack<AckDataOf<E>>>;
  };
  let response: Ack<AckDataOf<E>>;
  try {
    response = await withTimeout.emitWithAck(event, payload);
  } catch {
    throw new RealtimeError('TIMEOUT', 'The server did not answer in time.');
  }
  if (!response.ok) throw new RealtimeError(response.error.code, response.error.message);
  return response.data;
}
