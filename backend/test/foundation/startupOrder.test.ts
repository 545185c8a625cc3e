import mongoose from 'mongoose';
import { io as connectClient } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ack, JoinResult } from '@huddle/contract';
import { createMeeting } from '../../src/services/meeting.service.js';
import { TEST_ORIGIN } from '../helpers/app.js';
import { DisposableDatabase } from '../helpers/disposableDatabase.js';
import { freePort, ServerProcess } from '../helpers/serverProcess.js';

let database: DisposableDatabase;
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.stop();
  await mongoose.disconnect();
  await database.stop();
  database.dispose();
});

describe('when the server process starts before its database', () => {
  it('then it neither listens nor reports ready until the database is up, and the first join works', async () => {
    database = new DisposableDatabase(await freePort());
    server = new ServerProcess(await freePort(), {
      MONGODB_URI: database.uri(),
      DB_TIMEOUT_MS: '500',
    });
    const ready = server.start();

    await server.logged(/database connection failed/);
    const early = await fetch(`${server.url}/healthz`).then(
      (res) => res.status,
      () => 'refused',
    );
    expect(early).toBe('refused');
    expect(server.isReady()).toBe(false);

    await database.start();
    await ready;
    await mongoose.connect(database.uri());
    const code = (await createMeeting(new mongoose.Types.ObjectId().toHexString(), 'Restart')).code;
    const socket = connectClient(server.url, {
      auth: { name: 'First' },
      transports: ['websocket'],
      extraHeaders: { Origin: TEST_ORIGIN },
      reconnection: false,
    });
    const ack = (await socket.emitWithAck('meeting:join', {
      code,
      audio: false,
      video: false,
    })) as Ack<JoinResult>;
    socket.disconnect();

    expect(ack.ok).toBe(true);
  }, 60_000);
});
