import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import mongoose from 'mongoose';
import { io as connectClient } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Message } from '../../src/models/message.model.js';
import { DisposableDatabase } from '../helpers/disposableDatabase.js';
import { createMeeting, join, ok, TEST_ORIGIN, type Client } from './helpers.js';

const database = new DisposableDatabase();
let uri = '';
const children: ChildProcess[] = [];
const clients: Client[] = [];

beforeAll(async () => {
  uri = await database.start();
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 5000 });
});

afterEach(() => {
  database.freeze(false);
  for (const client of clients.splice(0)) client.disconnect();
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

afterAll(async () => {
  await mongoose.disconnect();
  await database.stop();
  database.dispose();
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The real server (src/server.ts) in a process of its own, ready once its database is. */
async function startServerProcess(): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = fork(new URL('../../src/server.ts', import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      MONGODB_URI: uri,
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
      CORS_ORIGINS: TEST_ORIGIN,
      // Small batches: most messages are still waiting for a write when the signal comes.
      WRITE_BATCH_MAX: '5',
      SOCKET_EVENTS_BURST: '1000',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
  await new Promise<void>((resolve) => child.once('message', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await vi.waitFor(async () => expect((await fetch(`${url}/readyz`)).status).toBe(200), {
    timeout: 30_000,
    interval: 100,
  });
  return { child, url };
}

async function connectGuest(url: string, name: string): Promise<Client> {
  const socket: Client = connectClient(url, {
    auth: { name },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  clients.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

describe('shutdown', () => {
  it('when SIGTERM arrives with chat messages waiting to be stored, then they are stored before the process exits', async () => {
    const { child, url } = await startServerProcess();
    const code = await createMeeting();
    const senders = await Promise.all(['A', 'B', 'C'].map((name) => connectGuest(url, name)));
    for (const socket of senders) await join(socket, code);
    const texts = senders.flatMap((_, s) => Array.from({ length: 20 }, (_, i) => `${s}:${i}`));

    database.freeze(true);
    senders.forEach((socket, s) => {
      for (let i = 0; i < 20; i += 1)
        void socket.emit('chat:send', { text: `${s}:${i}` }, () => {});
    });
    // A later event of the same socket is handled after its chat:send ones were queued for writing.
    for (const socket of senders) ok(await socket.emitWithAck('media:update', {}));
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await vi.waitFor(() => expect(senders.every((socket) => !socket.connected)).toBe(true), {
      timeout: 15000,
    });
    database.freeze(false);
    const [exitCode] = await exited;

    expect(exitCode).toBe(0);
    const stored = await Message.find({ meetingCode: code }).lean();
    expect(stored.map((message) => message.text).sort()).toEqual([...texts].sort());
  });
});
