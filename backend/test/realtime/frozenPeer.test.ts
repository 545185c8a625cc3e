import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Ack, JoinResult } from '@huddle/contract';
import { TEST_ORIGIN, testDeps } from '../helpers/app.js';
import { useTestDatabase } from '../helpers/database.js';
import { freePort, ServerProcess } from '../helpers/serverProcess.js';
import { createMeeting, member, nextEvent, ok, type Client } from './helpers.js';

useTestDatabase();
const servers: ServerProcess[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const server of servers) process.kill(server.pid, 'SIGCONT');
  for (const socket of sockets.splice(0)) socket.disconnect();
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

/** Two real server processes on one Redis and this file's database. */
async function twoProcesses(extraEnv: Record<string, string> = {}) {
  const uri = new URL(inject('mongoUri'));
  uri.pathname = `/${mongoose.connection.name}`;
  const env = {
    MONGODB_URI: uri.toString(),
    REDIS_URL: 'redis://127.0.0.1:6379',
    CLUSTER_NODE_TIMEOUT_MS: '900',
    ...extraEnv,
  };
  const started = [
    new ServerProcess(await freePort(), env),
    new ServerProcess(await freePort(), env),
  ];
  servers.push(...started);
  await Promise.all(started.map((server) => server.start()));
  return started;
}

function connectTo(server: ServerProcess, auth: object, options: object = {}): Client {
  const socket: Client = connectClient(server.url, {
    auth,
    transports: ['websocket'],
    extraHeaders: { Origin: TEST_ORIGIN },
    reconnection: false,
    ...options,
  });
  sockets.push(socket);
  return socket;
}

async function joinAs(server: ServerProcess, name: string, code: string) {
  return (await connectTo(server, { name }).emitWithAck('meeting:join', {
    code,
    audio: false,
    video: false,
  })) as Ack<JoinResult>;
}

/** A signed-in account the server processes accept (they share the tests' JWT secret). */
async function account(name: string) {
  const deps = testDeps();
  const signedIn = member(deps, name);
  await deps.close();
  return signedIn;
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

  it('when a process stops answering, then a host on the other still lets a guest in from the lobby', async () => {
    const [live, frozen] = await twoProcesses();
    const hana = await account('Hana');
    const code = await createMeeting(`Lobby ${randomBytes(2).toString('hex')}`, hana.userId);
    const host = connectTo(live!, hana.auth);
    expect(
      ok(await host.emitWithAck('meeting:join', { code, audio: false, video: false })),
    ).toMatchObject({ self: { role: 'host' } });
    ok(await host.emitWithAck('meeting:update', { lobby: true }));
    expect((await joinAs(frozen!, 'Stuck', code)).ok).toBe(true);

    process.kill(frozen!.pid, 'SIGSTOP');
    const gus = connectTo(live!, { name: 'Gus' });
    const knock = nextEvent(host, 'lobby:knock');
    const waiting = await gus.emitWithAck('meeting:join', { code, audio: false, video: false });
    const { participant } = await knock;
    const admitted = nextEvent(gus, 'lobby:admitted');
    const admit = await host.emitWithAck('lobby:admit', { id: participant.id });

    expect(waiting).toEqual({ ok: true, data: { waiting: true, hostPresent: true } });
    expect(admit).toEqual({ ok: true, data: {} });
    expect((await admitted).self).toMatchObject({ name: 'Gus', role: 'participant' });
  }, 60_000);

  it('when a process stops answering, then a socket that dropped on the other leaves once its recovery window has passed', async () => {
    const [live, frozen] = await twoProcesses({ SOCKET_RECOVERY_SECONDS: '1' });
    const code = await createMeeting(`Drop ${randomBytes(2).toString('hex')}`);
    expect((await joinAs(frozen!, 'Stuck', code)).ok).toBe(true);
    const ada = connectTo(live!, { name: 'Ada' });
    ok(await ada.emitWithAck('meeting:join', { code, audio: false, video: false }));
    const bob = connectTo(live!, { name: 'Bob' });
    ok(await bob.emitWithAck('meeting:join', { code, audio: false, video: false }));
    const bobId = bob.id;

    process.kill(frozen!.pid, 'SIGSTOP');
    // Stuck may be reaped as well (the frozen process stops beating): wait for Bob's own leave.
    const bobLeft = new Promise<string>((resolve) =>
      ada.on('participant:left', ({ id }) => id === bobId && resolve(id)),
    );
    // Closes Bob's WebSocket under Socket.IO, as a network drop would: the server holds his leave.
    (bob.io.engine.transport as unknown as { ws: WebSocket }).ws.close();

    expect(await bobLeft).toBe(bobId);
    expect(ok(await ada.emitWithAck('media:update', {}))).toEqual({});
  }, 60_000);
});

describe('a frozen process taken for dead (its heartbeat expired)', () => {
  async function frozenWithStuck() {
    const [live, frozen] = await twoProcesses();
    const code = await createMeeting(`Dead ${randomBytes(2).toString('hex')}`);
    const stuck = connectTo(frozen!, { name: 'Stuck' });
    ok(await stuck.emitWithAck('meeting:join', { code, audio: false, video: false }));
    const ada = connectTo(live!, { name: 'Ada' });
    ok(await ada.emitWithAck('meeting:join', { code, audio: false, video: false }));
    const stuckLeft = nextEvent(ada, 'participant:left');
    process.kill(frozen!.pid, 'SIGSTOP');
    expect(await stuckLeft).toEqual({ id: stuck.id });
    return { live: live!, frozen: frozen!, code, stuck };
  }

  it('then requests on the other no longer wait for its answer', async () => {
    const { live, code } = await frozenWithStuck();
    const logSoFar = live.output().length;

    const bob = await joinAs(live, 'Bob', code);

    expect(bob.ok && bob.data.participants.map((p) => p.name)).toEqual(['Ada']);
    expect(live.output().slice(logSoFar)).not.toMatch(/did not answer/);
  }, 60_000);

  it('when it thaws, then it closes its sockets, so that their clients join again', async () => {
    const { frozen, stuck } = await frozenWithStuck();
    const closed = new Promise<string>((resolve) => stuck.once('disconnect', resolve));

    process.kill(frozen.pid, 'SIGCONT');

    expect(await closed).toBe('io server disconnect');
  }, 60_000);
});
