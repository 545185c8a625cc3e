import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { Message } from '../../src/models/message.model.js';
import { useTestDatabase } from '../helpers/database.js';
import {
  collect,
  createMeeting,
  errorCode,
  guest,
  join,
  member,
  nextEvent,
  ok,
  settled,
  useRealtime,
} from './helpers.js';

useTestDatabase();
const { startServer, connect, meetingOfTwo } = useRealtime();

async function seedMessages(code: string, count: number) {
  const start = Date.now() - count * 1000;
  await Message.insertMany(
    Array.from({ length: count }, (_, i) => ({
      meetingCode: code,
      sender: { name: 'Seed' },
      text: `m${i}`,
      createdAt: new Date(start + i * 1000),
    })),
  );
}

describe('chat:send with a clientId', () => {
  const KEY = 'retry-key-0123456789';

  it('when the same message is sent again with its clientId, then it is acked with the stored one and stored once', async () => {
    const { code, a: ada, b: bob } = await meetingOfTwo(await startServer());
    const seenByBob = collect(bob, 'chat:message');

    const first = ok(await ada.emitWithAck('chat:send', { text: 'once', clientId: KEY })).message;
    const again = ok(await ada.emitWithAck('chat:send', { text: 'once', clientId: KEY })).message;
    await settled(ada, bob);

    expect(again).toEqual(first);
    expect(await Message.countDocuments({ meetingCode: code })).toBe(1);
    expect(new Set(seenByBob.map(({ message }) => message.id))).toEqual(new Set([first.id]));
  });

  it('when a clientId comes back with another text, then it is refused and nothing is stored', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const ada = await connect(server, guest('Ada'));
    await join(ada, code);
    ok(await ada.emitWithAck('chat:send', { text: 'first', clientId: KEY }));

    const reused = await ada.emitWithAck('chat:send', { text: 'second', clientId: KEY });

    expect(errorCode(reused)).toBe('VALIDATION_FAILED');
    const stored = await Message.find({ meetingCode: code }).lean();
    expect(stored.map((message) => message.text)).toEqual(['first']);
  });

  it('when two senders use the same clientId, then each message is its own', async () => {
    const { code, a: ada, b: bob } = await meetingOfTwo(await startServer());

    const fromAda = ok(await ada.emitWithAck('chat:send', { text: 'hi', clientId: KEY })).message;
    const fromBob = ok(await bob.emitWithAck('chat:send', { text: 'hi', clientId: KEY })).message;

    expect(fromBob.id).not.toBe(fromAda.id);
    expect(await Message.countDocuments({ meetingCode: code })).toBe(2);
  });

  it('when a clientId is malformed, then the message is refused', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const ada = await connect(server, guest('Ada'));
    await join(ada, code);

    const ack = await ada.emitWithAck('chat:send', { text: 'hi', clientId: 'short' });

    expect(errorCode(ack)).toBe('VALIDATION_FAILED');
    expect(await Message.countDocuments({ meetingCode: code })).toBe(0);
  });
});

describe('chat:send', () => {
  it('when a member sends, then the message is stored and broadcast to everyone, the sender included', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const { auth, userId } = member(server.deps, 'Ada');
    const ada = await connect(server, auth);
    const bob = await connect(server, guest('Bob'));
    await join(ada, code);
    await join(bob, code);
    const toAda = nextEvent(ada, 'chat:message');
    const toBob = nextEvent(bob, 'chat:message');

    const { message } = ok(await ada.emitWithAck('chat:send', { text: '  hello  ' }));

    expect(message).toMatchObject({
      meetingCode: code,
      sender: { id: userId, name: 'Ada' },
      text: 'hello',
    });
    expect(await toAda).toEqual({ message });
    expect(await toBob).toEqual({ message });
    const stored = await Message.findById(message.id).lean();
    expect(stored?.text).toBe('hello');
    expect(String(stored?.sender?.userId)).toBe(userId);
  });

  it('when a guest sends, then the sender has a name and no id', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const socket = await connect(server, guest('Gus'));
    await join(socket, code);

    const { message } = ok(await socket.emitWithAck('chat:send', { text: 'hi' }));

    expect(message.sender).toEqual({ name: 'Gus' });
  });

  it('when the text is empty, blank or too long, then the ack is VALIDATION_FAILED and nothing is stored', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const socket = await connect(server, guest());
    await join(socket, code);

    for (const text of ['', '   ', 'x'.repeat(2001), 42]) {
      const ack = await socket.emitWithAck('chat:send', { text } as never);
      expect(errorCode(ack)).toBe('VALIDATION_FAILED');
    }
    expect(await Message.countDocuments({ meetingCode: code })).toBe(0);
  });

  it('when the sender is in no meeting, then the ack is NOT_IN_MEETING', async () => {
    const server = await startServer();
    const socket = await connect(server, guest());

    expect(errorCode(await socket.emitWithAck('chat:send', { text: 'hi' }))).toBe('NOT_IN_MEETING');
    expect(errorCode(await socket.emitWithAck('chat:history', {}))).toBe('NOT_IN_MEETING');
  });

  it('when someone joins late, then the join hands over the messages so far, oldest first', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const early = await connect(server, guest('Early'));
    await join(early, code);
    for (const text of ['one', 'two', 'three']) ok(await early.emitWithAck('chat:send', { text }));
    const elsewhere = await connect(server, guest('Elsewhere'));
    await join(elsewhere, await createMeeting());
    ok(await elsewhere.emitWithAck('chat:send', { text: 'not here' }));

    const late = await connect(server, guest('Late'));
    const { messages } = await join(late, code);

    expect(messages.map((message) => message.text)).toEqual(['one', 'two', 'three']);
    expect(messages.every((message) => message.meetingCode === code)).toBe(true);
  });
});

describe('chat:history', () => {
  it('when there are many messages, then the join has the last 50 and history pages back to the first', async () => {
    const server = await startServer();
    const code = await createMeeting();
    await seedMessages(code, 120);
    const socket = await connect(server, guest());

    const { messages: latest } = await join(socket, code);
    const page2 = ok(await socket.emitWithAck('chat:history', { before: latest[0]?.id }));
    const page3 = ok(await socket.emitWithAck('chat:history', { before: page2.messages[0]?.id }));
    const end = ok(await socket.emitWithAck('chat:history', { before: page3.messages[0]?.id }));

    const texts = (list: { text: string }[]) => list.map((message) => message.text);
    const range = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `m${from + i}`);
    expect(texts(latest)).toEqual(range(70, 120));
    expect(texts(page2.messages)).toEqual(range(20, 70));
    expect(texts(page3.messages)).toEqual(range(0, 20));
    expect(end.messages).toEqual([]);
    expect(texts(ok(await socket.emitWithAck('chat:history', {})).messages)).toEqual(
      range(70, 120),
    );
  });

  it('when the cursor is not a message of this meeting, then the ack is VALIDATION_FAILED', async () => {
    const server = await startServer();
    const [code, other] = [await createMeeting(), await createMeeting()];
    await seedMessages(other, 1);
    const foreign = await Message.findOne({ meetingCode: other }).lean();
    const socket = await connect(server, guest());
    await join(socket, code);

    const cursors = [
      String(foreign?._id),
      new mongoose.Types.ObjectId().toHexString(),
      'abc',
      { $gt: '' },
    ];
    for (const before of cursors) {
      expect(errorCode(await socket.emitWithAck('chat:history', { before } as never))).toBe(
        'VALIDATION_FAILED',
      );
    }
  });

  it('when messages are sent while history is read, then each arrives once, in order', async () => {
    const server = await startServer();
    const { a, b } = await meetingOfTwo(server);
    const seen = collect(b, 'chat:message');

    await Promise.all([
      a.emitWithAck('chat:send', { text: 'x' }),
      b.emitWithAck('chat:history', {}),
      a.emitWithAck('chat:send', { text: 'y' }),
    ]);
    ok(await b.emitWithAck('media:update', {}));

    expect(seen.map(({ message }) => message.text)).toEqual(['x', 'y']);
  });
});
