import { CLIENT_EVENTS, leavePayloadSchema } from '@huddle/contract';
import { describe, expect, it } from 'vitest';
import { createHandlerTable } from '../../src/realtime/dispatcher.js';
import { defineHandler } from '../../src/realtime/handler.js';
import { allHandlers } from '../../src/realtime/handlers.js';
import { useTestDatabase } from '../helpers/database.js';
import { createMeeting, errorCode, guest, member, ok, useRealtime } from './helpers.js';

useTestDatabase();
const { startServer, connect } = useRealtime();

describe('handler table', () => {
  it('when built from every handler, then it holds each event of the contract once', () => {
    const table = createHandlerTable(allHandlers);

    expect([...table.keys()].sort()).toEqual([...CLIENT_EVENTS].sort());
  });

  it('when two handlers take one event, or an event has none, then building the table fails', () => {
    const leave = defineHandler('meeting:leave', leavePayloadSchema, async () => ({}));

    expect(() => createHandlerTable([...allHandlers, leave])).toThrow(/Two handlers/);
    expect(() => createHandlerTable([leave])).toThrow(/No handler for auth:refresh/);
  });
});

describe("dispatching a socket's events", () => {
  it('when a join and a chat message are sent without waiting, then the message follows the join', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const socket = await connect(server, guest());

    const [joined, sent] = await Promise.all([
      socket.emitWithAck('meeting:join', { code, audio: false, video: false }),
      socket.emitWithAck('chat:send', { text: 'first' }),
    ]);

    expect(ok(joined)).toMatchObject({ self: { id: socket.id } });
    expect(ok(sent).message.text).toBe('first');
  });

  it('when a payload is invalid or the event unknown, then the ack says so and the socket goes on', async () => {
    const server = await startServer();
    const socket = await connect(server, guest());
    const emitAny = socket.emitWithAck.bind(socket) as (
      event: string,
      payload: unknown,
    ) => Promise<never>;

    const invalid = await socket.emitWithAck('chat:send', { text: '' });
    const unknown = await emitAny('__proto__', {});
    const after = await socket.emitWithAck('media:update', { audio: true });

    expect(errorCode(invalid)).toBe('VALIDATION_FAILED');
    expect(invalid.ok ? '' : invalid.error.message).toMatch(/^text: /);
    expect(errorCode(unknown)).toBe('VALIDATION_FAILED');
    expect(ok(after)).toEqual({});
  });

  it('when sockets are connected, then none holds a listener per event, only its disconnect', async () => {
    const server = await startServer();
    const sockets = [
      await connect(server, guest()),
      await connect(server, member(server.deps).auth),
    ];

    for (const socket of sockets) {
      const serverSide = server.io.of('/').sockets.get(socket.id ?? '');
      // Socket.IO itself listens to "error" (a no-op, so that an error event cannot crash).
      expect(serverSide?.eventNames().sort()).toEqual(['disconnect', 'error']);
      expect(serverSide?.listenerCount('disconnect')).toBe(1);
    }
  });
});
