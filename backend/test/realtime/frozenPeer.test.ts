import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Ack, JoinResult } from '@huddle/contract';
import { TEST_ORIGIN } from '../helpers/app.js';
import { useTestDatabase } from '../helpers/database.js';
import { freePort, ServerProcess } from '../helpers/serverProcess.js';
import { createMeeting } from './helpers.js';

useTestDatabase();
const servers: ServerProcess[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const server of servers) process.kill(server.pid, 'SIGCONT');
  for (const socket of sockets.splice(0)) socket.disconnect();
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

/** Two real server processes on one Redis and this file's database. */
async function twoProcesses() {
  const uri = new URL(inject('mongoUri'));
  uri.pathname = `/${mongoose.connection.name}`;
  const env = {
    MONGODB_URI: uri.toString(),
    REDIS_URL: 'redis://127.0.0.1:6379',
    CLUSTER_NODE_TIMEOUT_MS: '900',
  };
  const started = [
    new ServerProcess(await freePort(), env),
    new ServerProcess(await freePort(), env),
  ];
  servers.push(...started);
  await Promise.all(started.map((server) => server.start()));
  return started;
}

async function joinAs(server: ServerProcess, name: string, code: string) {
  const socket = connectClient(server.url, {
    auth: { name },
    transports: ['websocket'],
    extraHeaders: { Origin: TEST_ORIGIN },
    reconnection: false,
  });
  sockets.push(socket);
  return (await socket.emitWithAck('meeting:join', {
    code,
    audio: false,
    video: false,
  })) as Ack<JoinResult>;
}

describe('two processes on Redis, one frozen (SIGSTOP)', () => {
  it('when a process stops answering, then joins on the other still succeed', async () => {
    const [one, frozen] = await twoProcesses();
    const code = await createMeeting(`Frozen ${randomBytes(2).toString('hex')}`);
    expect((await joinAs(frozen!, 'Stuck', code)).ok).toBe(true);

    process.kill(frozen!.pid, 'SIGSTOP');
    const ack = await joinAs(one!, 'Ada', code);
    const second = await joinAs(one!, 'Bob', code);

    expect(ack).toMatchObject({ ok: true });
    expect(second.ok && second.data.participants.map((p) => p.name)).toEqual(['Ada']);
  }, 60_000);
});
