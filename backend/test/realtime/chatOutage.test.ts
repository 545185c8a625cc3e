import { describe, expect, it, vi } from 'vitest';
import { Message } from '../../src/models/message.model.js';
import type { Ack } from '@huddle/contract';
import { useOutageDatabase } from '../helpers/disposableDatabase.js';
import {
  collect,
  createMeeting,
  errorCode,
  guest,
  join,
  ok,
  useRealtime,
  type Client,
  type TestServer,
} from './helpers.js';

const { startServer, connect } = useRealtime();
const database = useOutageDatabase();

/** Starts the stopped database again and waits until this process writes to it again. */
async function restartDatabase() {
  await database.start();
  await vi.waitFor(() => Message.collection.findOne({}), { timeout: 30_000, interval: 200 });
}

async function meetingOf(server: TestServer, names: string[]): Promise<[string, ...Client[]]> {
  const code = await createMeeting();
  const sockets = await Promise.all(names.map((name) => connect(server, guest(name))));
  for (const socket of sockets) await join(socket, code);
  return [code, ...sockets];
}

const textsIn = async (code: string) =>
  (await Message.find({ meetingCode: code }).lean()).map((message) => message.text).sort();

describe('chat while the database fails', () => {
  it('when the database stops, then the senders of the failed batch get DATABASE_UNAVAILABLE and none of it is broadcast or stored', async () => {
    const server = await startServer();
    const [code, ada, bob, cy] = await meetingOf(server, ['Ada', 'Bob', 'Cy']);
    const seenByAda = collect(ada!, 'chat:message');
    ok(await ada!.emitWithAck('chat:send', { text: 'before' }));

    await database.stop();
    const acks = await Promise.all([
      bob!.emitWithAck('chat:send', { text: 'lost 1' }),
      cy!.emitWithAck('chat:send', { text: 'lost 2' }),
    ]);
    await restartDatabase();
    ok(await ada!.emitWithAck('chat:send', { text: 'after' }));

    expect(acks.map(errorCode)).toEqual(['DATABASE_UNAVAILABLE', 'DATABASE_UNAVAILABLE']);
    expect(seenByAda.map(({ message }) => message.text)).toEqual(['before', 'after']);
    expect(await textsIn(code)).toEqual(['after', 'before']);
  });

  it('when the database goes down and comes back under steady chat, then every message acked ok is stored', async () => {
    // Refusals come back fast while the database is down, faster than the default event limit.
    const server = await startServer({
      SOCKET_EVENTS_PER_SECOND: '100000',
      SOCKET_EVENTS_BURST: '100000',
      CHAT_MESSAGES_PER_IP: '100000',
    });
    const [code, ...senders] = await meetingOf(server, ['A', 'B', 'C', 'D']);
    const acked: string[] = [];
    const refused: string[] = [];
    let okAfterRestart = 0;
    let phase: 'up' | 'outage' | 'back' | 'done' = 'up';
    const loops = senders.map(async (socket, s) => {
      for (let i = 0; phase !== 'done'; i += 1) {
        const ack = await socket.emitWithAck('chat:send', { text: `${s}:${i}` });
        if (!ack.ok) refused.push(ack.error.code);
        else {
          acked.push(ack.data.message.id);
          if (phase === 'back') okAfterRestart += 1;
        }
      }
    });

    await vi.waitFor(() => expect(acked.length).toBeGreaterThanOrEqual(20));
    phase = 'outage';
    await database.stop();
    await vi.waitFor(() => expect(refused.length).toBeGreaterThanOrEqual(4), { timeout: 15_000 });
    await restartDatabase();
    phase = 'back';
    await vi.waitFor(() => expect(okAfterRestart).toBeGreaterThanOrEqual(20), { timeout: 30_000 });
    phase = 'done';
    await Promise.all(loops);

    const storedIds = new Set(
      (await Message.find({ meetingCode: code }, { _id: 1 }).lean()).map((m) => String(m._id)),
    );
    expect(new Set(refused)).toEqual(new Set(['DATABASE_UNAVAILABLE']));
    expect(acked.filter((id) => !storedIds.has(id))).toEqual([]);
  }, 90_000);

  it('when a flood meets a database that hangs, then past the queue bound sends are refused at once and the queued ones are stored', async () => {
    // The hanging write must outlast the test, so its bound is set far past it.
    const server = await startServer({
      DB_TIMEOUT_MS: '30000',
      WRITE_BATCH_MAX: '1',
      WRITE_QUEUE_MAX: '5',
      SOCKET_EVENTS_PER_SECOND: '1000',
      SOCKET_EVENTS_BURST: '1000',
      CHAT_MESSAGES_PER_IP: '100000',
    });
    const [code, ...senders] = await meetingOf(server, ['A', 'B', 'C']);
    let answered = 0;

    database.freeze(true);
    const acks: Promise<Ack<unknown>>[] = senders.flatMap((socket, s) =>
      Array.from({ length: 10 }, (_, i) =>
        socket.emitWithAck('chat:send', { text: `${s}:${i}` }).finally(() => (answered += 1)),
      ),
    );
    // At most one write hangs in flight and five wait: the rest is answered while it hangs.
    await vi.waitFor(() => expect(answered).toBeGreaterThanOrEqual(24));
    database.freeze(false);
    const codes = (await Promise.all(acks)).map((ack) => errorCode(ack) ?? 'ok');
    const stored = codes.filter((c) => c === 'ok').length;

    expect(codes.filter((c) => c !== 'ok').every((c) => c === 'RATE_LIMITED')).toBe(true);
    expect(stored).toBeGreaterThanOrEqual(5);
    expect(stored).toBeLessThanOrEqual(6);
    expect(await textsIn(code)).toHaveLength(stored);
  });
});
