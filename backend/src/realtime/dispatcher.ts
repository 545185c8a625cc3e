import { CLIENT_EVENTS, type ClientEventName } from '@huddle/contract';
import type { z } from 'zod';
import { validationFailed } from '../errors/AppError.js';
import { toAppError } from '../errors/toAppError.js';
import { errorAck, splitArgs, type EventHandler } from './handler.js';
import type { SocketContext } from './types.js';

/** Every client event's handler, by event name: one table per process, shared by all sockets. */
export type HandlerTable = ReadonlyMap<string, EventHandler>;

/** The table of `handlers`, which must handle every event of the contract exactly once. */
export function createHandlerTable(handlers: readonly EventHandler[]): HandlerTable {
  const table = new Map<string, EventHandler>();
  for (const handler of handlers) {
    if (table.has(handler.event)) throw new Error(`Two handlers for ${handler.event}.`);
    table.set(handler.event, handler);
  }
  const missing = CLIENT_EVENTS.filter((event: ClientEventName) => !table.has(event));
  if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}.`);
  return table;
}

/**
 * Handles one event packet (`[event, ...args]`) of `ctx.socket`: an unknown event is answered
 * VALIDATION_FAILED, one without an ack function is dropped, the payload is validated, and the
 * handler runs in the socket's queue, which keeps the socket's events in the order they came.
 * Nothing a client sends can make it throw.
 */
export function dispatch(table: HandlerTable, ctx: SocketContext, packet: unknown[]): void {
  const handler = table.get(String(packet[0]));
  const { payload, ack } = splitArgs(packet.slice(1));
  if (!handler) {
    ack?.(errorAck('VALIDATION_FAILED', 'Unknown event.'));
    return;
  }
  if (!ack) return;
  const parsed = handler.schema.safeParse(payload);
  if (!parsed.success) {
    ack(errorAck('VALIDATION_FAILED', describeIssue(parsed.error)));
    return;
  }
  void ctx.queue.run(async () => {
    // A queued event of a socket that has gone can no longer be answered.
    if (!ctx.socket.connected) return;
    const answer = settle(ctx, handler, parsed.data);
    if (handler.pipelined) void answer.then(ack);
    else ack(await answer);
  });
}

async function settle(ctx: SocketContext, handler: EventHandler, payload: unknown) {
  try {
    return { ok: true as const, data: await handler.run(ctx, payload) };
  } catch (error) {
    const { appError, unexpected } = toAppError(error);
    if (unexpected) {
      ctx.deps.logger.error({ err: error, event: handler.event }, 'socket event failed');
    }
    return errorAck(appError.code, appError.message);
  }
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return validationFailed().message;
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
