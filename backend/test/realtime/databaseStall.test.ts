import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { Message } from '../../src/models/message.model.js';
import { useOutageDatabase } from '../helpers/disposableDatabase.js';
import {
  collect,
  createMeeting,
  errorCode,
  guest,
  join,
  ok,
  settled,
  useRealtime,
} from './helpers.js';

const { startServer, connect, meetingOfTwo } = useRealtime();
const database = useOutageDatabase();
const DB_TIMEOUT_MS = 1000;
const TIMEOUT = { DB_TIMEOUT_MS: String(DB_TIMEOUT_MS) };

/** What `promise` settled to within `ms`, or 'pending' when it had not by then. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'pending'> {
  return Promise.race([promise, sleep(ms, 'pending' as const)]);
}

describe('when the database freezes (SIGSTOP) and thaws', () => {
  it('then /readyz answers 503, chat acks DATABASE_UNAVAILABLE (never INTERNAL_ERROR), and both recover', async () => {
    const server = await startServer(TIMEOUT);
    const app = createApp(server.deps);
    const code = await createMeeting();
    const ada = await connect(server, guest('Ada'));
    const bob = await connect(server, guest('Bob'));
    await join(ada, code);
    await join(bob, code);
    const seenByBob = collect(bob, 'chat:message');
    const before = ok(await ada.emitWithAck('chat:send', { text: 'before' })).message;
    await request(app).get('/readyz').expect(200);

    database.freeze(true);
    // Polled rather than read once: on a loaded machine one ping can race the stop (seen in CI).
    // Seen frozen first, so that no send below can slip in before the stop takes hold.
    await expect
      .poll(async () => (await request(app).get('/readyz')).status, { timeout: 10_000 })
      .toBe(503);
    // The database stays frozen well past the bound: every ack must come while it is still frozen.
    const acks = await within(
      Promise.all(['one', 'two', 'three'].map((text) => ada.emitWithAck('chat:send', { text }))),
      4 * DB_TIMEOUT_MS,
    );
    database.freeze(false);

    expect(acks === 'pending' ? 'no ack while frozen' : acks.map(errorCode)).toEqual([
      'DATABASE_UNAVAILABLE',
      'DATABASE_UNAVAILABLE',
      'DATABASE_UNAVAILABLE',
    ]);
    await expect
      .poll(async () => (await request(app).get('/readyz')).status, { timeout: 30_000 })
      .toBe(200);
    const back = ok(await ada.emitWithAck('chat:send', { text: 'back' })).message;
    await settled(ada, bob);
    const stored = await Message.find({ meetingCode: code }).lean();

    expect(seenByBob.map(({ message }) => message.text)).toEqual(['before', 'back']);
    expect(stored.map((message) => String(message._id))).toEqual(
      expect.arrayContaining([before.id, back.id]),
    );
  }, 60_000);

  it('then a message acked DATABASE_UNAVAILABLE and sent again with its clientId after the thaw is stored and seen once', async () => {
    const server = await startServer(TIMEOUT);
    const { code, a: ada, b: bob } = await meetingOfTwo(server);
    const seenByBob = collect(bob, 'chat:message');
    const app = createApp(server.deps);
    const send = () =>
      ada.emitWithAck('chat:send', { text: 'late', clientId: 'late-message-key-01' });

    database.freeze(true);
    await expect
      .poll(async () => (await request(app).get('/readyz')).status, { timeout: 10_000 })
      .toBe(503);
    const refused = await within(send(), 4 * DB_TIMEOUT_MS);
    database.freeze(false);
    await expect
      .poll(async () => (await request(app).get('/readyz')).status, { timeout: 30_000 })
      .toBe(200);
    // Whether or not the database went on to store the refused write, the retry stores one.
    const retried = ok(await send()).message;
    await settled(ada, bob);

    expect(refused === 'pending' ? 'no ack while frozen' : errorCode(refused)).toBe(
      'DATABASE_UNAVAILABLE',
    );
    const stored = await Message.find({ meetingCode: code }).lean();
    expect(stored.map((message) => String(message._id))).toEqual([retried.id]);
    expect(seenByBob.map(({ message }) => message.id)).toEqual([retried.id]);
  }, 60_000);
});
