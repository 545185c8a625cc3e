import {
  chatSendPayloadSchema,
  leavePayloadSchema,
  mediaUpdatePayloadSchema,
  type AckDataOf,
  type ChatMessage,
  type EmptyObject,
  type PayloadOf,
} from '@huddle/contract';
import { describe, expectTypeOf, it } from 'vitest';
import { defineHandler, type EventHandler } from '../../src/realtime/handler.js';
import type { SocketContext } from '../../src/realtime/types.js';

// `npm run typecheck` checks this file: each @ts-expect-error fails the build if its line compiles.
describe('defineHandler types', () => {
  it('when an event is named, then its payload and ack data come from ClientToServerEvents', () => {
    expectTypeOf<PayloadOf<'chat:send'>>().toEqualTypeOf<{ text: string; clientId?: string | undefined }>();
    expectTypeOf<AckDataOf<'chat:send'>>().toEqualTypeOf<{ message: ChatMessage }>();
    expectTypeOf<AckDataOf<'meeting:leave'>>().toEqualTypeOf<EmptyObject>();
  });

  it('when the schema or the result belongs to another event, then it does not compile', () => {
    const register = (message: ChatMessage) => [
      defineHandler('chat:send', chatSendPayloadSchema, async (ctx, { text }) => {
        expectTypeOf(ctx).toEqualTypeOf<SocketContext>();
        expectTypeOf(text).toEqualTypeOf<string>();
        return { message };
      }),
      // @ts-expect-error media:update's schema cannot validate a chat:send payload
      defineHandler('chat:send', mediaUpdatePayloadSchema, async () => ({ message })),
      // @ts-expect-error chat:send acks {message}, not a number
      defineHandler('chat:send', chatSendPayloadSchema, async () => 42),
      // @ts-expect-error meeting:leave acks {}, not a message
      defineHandler('meeting:leave', leavePayloadSchema, async () => ({ message })),
      // @ts-expect-error the issue's example: both the schema and the result are wrong
      defineHandler('chat:send', mediaUpdatePayloadSchema, async () => 42),
    ];
    expectTypeOf(register).returns.items.toEqualTypeOf<EventHandler>();
  });
});
