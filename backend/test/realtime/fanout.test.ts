import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@huddle/contract';
import { Message } from '../../src/models/message.model.js';
import { useTestDatabase } from '../helpers/database.js';
import { createMeeting, guest, join, useRealtime } from './helpers.js';

useTestDatabase();
const { startServer, connect } = useRealtime();

const SENDERS = 5;
const PER_SENDER = 200;
const TOTAL = SENDERS * PER_SENDER;

describe('chat fan-out', () => {
  it('when 5 participants each send 200 messages at once, then everyone receives all 1000 once, each sender in order', async () => {
    const server = await startServer({
      SOCKET_EVENTS_PER_SECOND: '10000',
      SOCKET_EVENTS_BURST: '10000',
      CHAT_MESSAGES_PER_IP: '10000',
    });
    const code = await createMeeting();
    const sockets = await Promise.all(
      Array.from({ length: SENDERS }, (_, i) => connect(server, guest(`S${i}`))),
    );
    for (const socket of sockets) await join(socket, code);
    const inboxes = sockets.map((socket) => {
      const inbox: ChatMessage[] = [];
      const complete = new Promise<void>((resolve) => {
        socket.on('chat:message', ({ message }) => {
          inbox.push(message);
          if (inbox.length === TOTAL) resolve();
        });
      });
      return { inbox, complete };
    });

    const acks = await Promise.all(
      sockets.flatMap((socket, s) =>
        Array.from({ length: PER_SENDER }, (_, i) =>
          socket.emitWithAck('chat:send', { text: `${s}:${i}` }),
        ),
      ),
    );
    await Promise.all(inboxes.map(({ complete }) => complete));

    expect(acks.every((ack) => ack.ok)).toBe(true);
    for (const { inbox } of inboxes) {
      expect(inbox).toHaveLength(TOTAL);
      expect(new Set(inbox.map((message) => message.id)).size).toBe(TOTAL);
      for (let s = 0; s < SENDERS; s += 1) {
        const fromSender = inbox.filter((message) => message.sender.name === `S${s}`);
        expect(fromSender.map((message) => message.text)).toEqual(
          Array.from({ length: PER_SENDER }, (_, i) => `${s}:${i}`),
        );
      }
    }
    expect(await Message.countDocuments({ meetingCode: code })).toBe(TOTAL);
  }, 60_000);
});
