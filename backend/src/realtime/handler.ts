import type { Ack, AckDataOf, ClientEventName, ErrorCode, PayloadOf } from '@huddle/contract';
import type { z } from 'zod';
import { validationFailed } from '../errors/AppError.js';
import { toAppError } from '../errors/toAppError.js';
import type { SocketContext } from './types.js';

type AnyAck = (response: Ack<unknown>) => void;

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

/**
 * Registers one client event: drops it without an ack, validates the payload with `schema`,
 * runs `run` in the socket's queue and answers `{ok, data}` or `{ok: false, error}`.
 * Nothing a client sends can make it throw. The event's entry in ClientToServerEvents types
 * both ends: `schema` must parse to that event's payload and `run` must return its ack data.
 */
export function defineHandler<E extends ClientEventName>(
  ctx: SocketContext,
  event: E,
  schema: z.ZodType<NoInfer<PayloadOf<E>>, unknown>,
  run: (payload: PayloadOf<E>) => Promise<NoInfer<AckDataOf<E>>>,
  { pipelined = false }: HandlerOptions = {},
): void {
  const listener = (...args: unknown[]) => {
    const { payload, ack } = splitArgs(args);
    if (!ack) return;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      ack(errorAck('VALIDATION_FAILED', describeIssue(parsed.error)));
      return;
    }
    void ctx.queue(async () => {
      // A queued event of a socket that has gone can no longer be answered.
      if (!ctx.socket.connected) return;
      const answer = settle(ctx, event, () => run(parsed.data));
      if (pipelined) void answer.then(ack);
      else ack(await answer);
    });
  };
  (ctx.socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void }).on(
    event,
    listener,
  );
}

async function settle<R>(ctx: SocketContext, event: string, run: () => Promise<R>) {
  try {
    return { ok: true as const, data: await run() };
  } catch (error) {
    const { appError, unexpected } = toAppError(error);
    if (unexpected) ctx.deps.logger.error({ err: error, event }, 'socket event failed');
    return errorAck(appError.code, appError.message);
  }
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return validationFailed().message;
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
