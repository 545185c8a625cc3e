import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ack, ClientToServerEvents, JoinResult, ServerToClientEvents } from '@huddle/contract';
import mongoose from 'mongoose';
import {
  io as connectClient,
  type ManagerOptions,
  type Socket,
  type SocketOptions,
} from 'socket.io-client';
import { afterEach, expect, vi } from 'vitest';
import { createApp } from '../../src/app.js';
import type { AppDeps } from '../../src/deps.js';
import { createRealtime, type RealtimeOptions } from '../../src/realtime/index.js';
import { createMeeting as createMeetingFor } from '../../src/services/meeting.service.js';
import type { HuddleServer } from '../../src/realtime/types.js';
import { TEST_ORIGIN, testDeps } from '../helpers/app.js';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
  url: string;
  io: HuddleServer;
  deps: AppDeps;
  close(): Promise<void>;
}

type ClientOptions = Partial<ManagerOptions & SocketOptions>;

/**
 * Servers and clients for one test file; everything opened in a test is closed after it,
 * clients first so that the servers see ordinary disconnects.
 */
export function useRealtime() {
  const clients: Client[] = [];
  const servers: TestServer[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.disconnect();
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  async function startServer(
    overrides: Record<string, string> = {},
    options: RealtimeOptions = {},
  ): Promise<TestServer> {
    const deps = testDeps(overrides);
    const httpServer = createServer(createApp(deps));
    const realtime = await createRealtime(httpServer, deps, options);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = httpServer.address() as AddressInfo;
    const server: TestServer = {
      url: `http://127.0.0.1:${port}`,
      io: realtime.io,
      deps,
      close: async () => {
        await realtime.close();
        await deps.close();
      },
    };
    servers.push(server);
    return server;
  }

  /** A client that is not yet connected, for tests that watch the handshake fail. */
  function client(server: Pick<TestServer, 'url'>, auth: object, options: ClientOptions = {}) {
    const socket: Client = connectClient(server.url, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...options,
    });
    clients.push(socket);
    return socket;
  }

  async function connect(
    server: Pick<TestServer, 'url'>,
    auth: object,
    options: ClientOptions = {},
  ) {
    const socket = client(server, auth, options);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return socket;
  }

  /** Two guests, A and B, both joined to a new meeting on `server`. */
  async function meetingOfTwo(server: TestServer) {
    const code = await createMeeting();
    const a = await connect(server, guest('A'));
    const b = await connect(server, guest('B'));
    await join(a, code);
    await join(b, code);
    return { code, a, b };
  }

  /** Two processes' worth of servers sharing one Redis under a prefix of this test's own. */
  async function twoServers(overrides: Record<string, string> = {}) {
    const options = { redisKeyPrefix: `huddle-test-${randomBytes(6).toString('hex')}` };
    const env = { REDIS_URL: 'redis://127.0.0.1:6379', ...overrides };
    const servers = await Promise.all([startServer(env, options), startServer(env, options)]);
    // An adapter subscribes to Redis after it is created; until both have, broadcasts are lost.
    await vi.waitFor(
      async () => {
        for (const server of servers) expect(await server.io.of('/').adapter.serverCount()).toBe(2);
      },
      { timeout: 10_000, interval: 50 },
    );
    return servers;
  }

  /** A meeting created by a member, who has joined it as its host. */
  async function hostedMeeting(server: TestServer, hostName = 'Hana') {
    const account = member(server.deps, hostName);
    const code = await createMeeting('Stand-up', account.userId);
    const host = await connect(server, account.auth);
    await join(host, code);
    return { code, host, hostUserId: account.userId, hostAuth: account.auth };
  }

  return { startServer, client, connect, meetingOfTwo, twoServers, hostedMeeting };
}

export function guest(name = 'Guest'): { name: string } {
  return { name };
}

export function member(deps: AppDeps, name = 'Member') {
  const userId = new mongoose.Types.ObjectId().toHexString();
  const username = `user_${randomBytes(4).toString('hex')}`;
  const { accessToken } = deps.tokens.signAccessToken({ userId, name, username });
  return { auth: { token: accessToken }, userId };
}

export async function createMeeting(
  title = 'Stand-up',
  hostId = new mongoose.Types.ObjectId().toHexString(),
): Promise<string> {
  return (await createMeetingFor(hostId, title)).code;
}

/** The data of a successful ack; fails the test with the error otherwise. */
export function ok<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`expected ok, got ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

export function errorCode(ack: Ack<unknown>): string | undefined {
  return ack.ok ? undefined : ack.error.code;
}

export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: Client,
  event: E,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve) => {
    socket.once(event, ((payload: Parameters<ServerToClientEvents[E]>[0]) =>
      resolve(payload)) as never);
  });
}

/** Every payload of `event` the socket receives from now on. */
export function collect<E extends keyof ServerToClientEvents>(socket: Client, event: E) {
  const received: Parameters<ServerToClientEvents[E]>[0][] = [];
  socket.on(event, ((payload: Parameters<ServerToClientEvents[E]>[0]) =>
    received.push(payload)) as never);
  return received;
}

/** Joins straight into the meeting; fails the test if the lobby holds the socket back. */
export async function join(
  socket: Client,
  code: string,
  media = { audio: true, video: true },
): Promise<JoinResult> {
  const result = ok(await socket.emitWithAck('meeting:join', { code, ...media }));
  if ('waiting' in result) throw new Error('expected to join, got a place in the lobby');
  return result;
}

/** A round trip from each socket: anything the server sent them before is delivered by then. */
export async function settled(...sockets: Client[]): Promise<void> {
  await Promise.all(sockets.map((socket) => socket.emitWithAck('media:update', {})));
}

/** The error of a handshake that must fail; rejects if the socket connects instead. */
export function connectError(socket: Client): Promise<Error & { data?: unknown }> {
  return new Promise((resolve, reject) => {
    socket.once('connect_error', resolve);
    socket.once('connect', () => reject(new Error('expected the handshake to fail')));
  });
}

export function disconnected(socket: Client): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

export { TEST_ORIGIN };
