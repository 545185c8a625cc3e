import mongoose from 'mongoose';
import { afterEach, describe, expect, it } from 'vitest';
import { insertUnordered } from '../../src/db/insertUnordered.js';
import { Message } from '../../src/models/message.model.js';
import type { ChatMessage } from '@huddle/contract';
import type { MessageRecord } from '../../src/services/chat.service.js';
import { createWriteBatcher } from '../../src/services/writeBatcher.js';
import { useTestDatabase } from '../helpers/database.js';
import { createMeeting, guest, join, ok, useRealtime } from './helpers.js';

useTestDatabase();
const { startServer, connect } = useRealtime();

/** The texts of every `insertMany` into messages, one array per database write. */
function watchMessageWrites(): string[][] {
  const writes: string[][] = [];
  mongoose.set('debug', (collection: string, method: string, docs: unknown) => {
    if (collection === 'messages' && method === 'insertMany') {
      writes.push((docs as MessageRecord[]).map((doc) => doc.text));
    }
  });
  return writes;
}

afterEach(() => {
  mongoose.set('debug', false);
});

function record(text: string, _id = new mongoose.Types.ObjectId()): MessageRecord {
  return {
    _id,
    meetingCode: 'abc-defg-hij',
    sender: { userId: null, name: 'Batch' },
    text,
    createdAt: new Date(),
  };
}

describe('group-committed chat', () => {
  it('when senders send bursts at once, then messages share writes and each sender stays in order, stored and delivered', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const senders = await Promise.all(['A', 'B', 'C'].map((name) => connect(server, guest(name))));
    for (const socket of senders) await join(socket, code);
    const delivered: ChatMessage[] = [];
    senders[0]?.on('chat:message', ({ message }) => delivered.push(message));
    const writes = watchMessageWrites();

    const acks = await Promise.all(
      senders.flatMap((socket, s) =>
        Array.from({ length: 20 }, (_, i) =>
          socket.emitWithAck('chat:send', { text: `${'ABC'[s]}${i}` }),
        ),
      ),
    );
    const acked = acks.map((ack) => ok(ack).message);
    ok(await senders[0]!.emitWithAck('media:update', {}));
    const stored = await Message.find({ meetingCode: code }).sort({ createdAt: 1, _id: 1 }).lean();

    const inSendOrder = (texts: string[], sender: string) =>
      texts.filter((text) => text.startsWith(sender));
    const expected = (sender: string) => Array.from({ length: 20 }, (_, i) => `${sender}${i}`);
    expect(writes.some((batch) => batch.length > 1)).toBe(true);
    expect(writes.flat()).toHaveLength(60);
    for (const sender of ['A', 'B', 'C']) {
      expect(inSendOrder(writes.flat(), sender)).toEqual(expected(sender));
      expect(
        inSendOrder(
          delivered.map((m) => m.text),
          sender,
        ),
      ).toEqual(expected(sender));
      expect(
        inSendOrder(
          stored.map((m) => m.text),
          sender,
        ),
      ).toEqual(expected(sender));
    }
    expect(new Set(stored.map((m) => String(m._id)))).toEqual(new Set(acked.map((m) => m.id)));
  });

  it('when one document of a batch collides with a stored key, then only that one fails and the others are stored', async () => {
    const taken = new mongoose.Types.ObjectId();
    await Message.collection.insertOne(record('already there', taken));
    const batcher = createWriteBatcher<MessageRecord>({
      write: insertUnordered<MessageRecord>(Message.collection),
      sizeOf: () => 1,
      maxBatchDocs: 10,
      maxBatchBytes: 1000,
      maxQueuedDocs: 10,
    });
    const batch = [record('first'), record('collides', taken), record('third')];

    const outcomes = await Promise.allSettled(batch.map((doc) => batcher.add(doc)));

    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const texts = await Message.find({
      _id: mongoose.trusted({ $in: batch.map((doc) => doc._id) }),
    }).lean();
    expect(texts.map((doc) => doc.text).sort()).toEqual(['already there', 'first', 'third']);
  });
});
