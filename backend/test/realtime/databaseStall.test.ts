import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, disconnectDatabase } from '../../src/db/connect.js';
import { createApp } from '../../src/app.js';
import { Message } from '../../src/models/message.model.js';
import { testDeps } from '../helpers/app.js';
import { DisposableDatabase } from '../helpers/disposableDatabase.js';
import { createMeeting, errorCode, guest, join, useRealtime } from './helpers.js';

const database = new DisposableDatabase();
const { startServer, connect } = useRealtime();
const TIMEOUT = { DB_TIMEOUT_MS: '1000' };

beforeAll(async () => {
  const uri = await database.start();
  const { logger } = testDeps(TIMEOUT);
  await connectDatabase({ uri, timeoutMs: 1000, maxPoolSize: 4, logger });
});

afterAll(async () => {
  database.freeze(false);
  await disconnectDatabase();
  await database.stop();
  database.dispose();
});

describe('when the database freezes (SIGSTOP) and thaws', () => {
  it('then /readyz answers 503, chat acks DATABASE_UNAVAILABLE (never INTERNAL_ERROR), and both recover', async () => {
    const server = await startServer(TIMEOUT);
    const app = createApp(server.deps);
    const code = await createMeeting();
    const ada = await connect(server, guest('Ada'));
    await join(ada, code);
    await request(app).get('/readyz').expect(200);

    database.freeze(true);
    const acks = await Promise.all(
      ['one', 'two', 'three'].map((text) => ada.emitWithAck('chat:send', { text })),
    );
    // Polled rather than read once: on a loaded machine one ping can race the stop (seen in CI).
    await expect
      .poll(async () => (await request(app).get('/readyz')).status, { timeout: 10_000 })
      .toBe(503);
    database.freeze(false);

    expect(acks.map(errorCode)).toEqual([
      'DATABASE_UNAVAILABLE',
      'DATABASE_UNAVAILABLE',
      'DATABASE_UNAVAILABLE',
    ]);
    await expect
      .poll(async () => (await request(app).get('/readyz')).status, { timeout: 30_000 })
      .toBe(200);
    expect((await ada.emitWithAck('chat:send', { text: 'back' })).ok).toBe(true);
    expect(await Message.countDocuments({ meetingCode: code, text: 'back' })).toBe(1);
  }, 60_000);
});
