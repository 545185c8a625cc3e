import type { Ack, AckDataOf, ClientEventName, ErrorCode, PayloadOf } from '@huddle/contract';
import type { z } from 'zod';
import type { SocketContext } from './types.js';

export type AnyAck = (response: Ack<unknown>) => void;

/** Socket.IO passes the ack as the last argument; anything before it is the payload. */
export function splitArgs(args: unknown[]): { payload: unknown; ack: AnyAck | undefined } {
  const last = args.at(-1);
  if (typeof last !== 'function') return { payload: args[0], ack: undefined };
  return { payload: args.length > 1 ? args[0] : undefined, ack: last as AnyAck };
}

export function errorAck(code: ErrorCode, message: string): Ack<never> {
  return { ok: false, error: { code, message } };
}

export interface HandlerOptions {
  /**
   * Frees the socket's queue as soon as `run` reaches its first `await` instead of when it
   * settles, so the socket's next events start while this one waits (a burst of chat messages
   * joins one group commit). What `run` does before its first `await` still runs in order.
   */
  pipelined?: boolean;
}

/** One client event's handler as the dispatcher (dispatcher.ts) keeps it, its types erased. */
export interface EventHandler {
  event: ClientEventName;
  schema: z.ZodType<unknown, unknown>;
  run: (ctx: SocketContext, payload: unknown) => Promise<unknown>;
  pipelined: boolean;
}

/**
 * Declares one client event, once per process: the dispatcher validates the payload with
 * `schema`, runs `run` for the sending socket in its queue and answers `{ok, data}` or
 * `{ok: false, error}`. The event's entry in ClientToServerEvents types both ends: `schema` must
 * parse to that event's payload and `run` must return its ack data.
 */
export function defineHandler<E extends ClientEventName>(
  event: E,
  schema: z.ZodType<NoInfer<PayloadOf<E>>, unknown>,
  run: (ctx: SocketContext, payload: PayloadOf<E>) => Promise<NoInfer<AckDataOf<E>>>,
  { pipelined = false }: HandlerOptions = {},
): EventHandler {
  // The schema makes the payload a PayloadOf<E> before `run` sees it.
  return { event, schema, run: run as EventHandler['run'], pipelined };
}
