import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testDeps } from '../helpers/app.js';
import { useTestDatabase } from '../helpers/database.js';
import { startSession } from '../../src/services/session.service.js';
import { signUp, logIn } from '../support/auth.js';
import {
  connectError,
  createMeeting,
  disconnected,
  errorCode,
  guest,
  join,
  nextEvent,
  ok,
  settled,
  useRealtime,
  type Client,
  type TestServer,
} from './helpers.js';

useTestDatabase();
const { startServer, connect, client, twoServers } = useRealtime();

const USER_ID = 'a'.repeat(24);

/** Access tokens of `lifetime` seconds for one user and a live session, signed with the test secret. */
async function tokensFor(lifetime: number, sessionId?: string) {
  const { tokens } = testDeps({ ACCESS_TOKEN_TTL_SECONDS: String(lifetime) });
  sessionId ??= (await startSession(USER_ID, { ttlDays: 1 })).familyId;
  const claims = { userId: USER_ID, name: 'Ada', username: 'ada', sessionId };
  return { sessionId, sign: () => tokens.signAccessToken(claims).accessToken };
}

// Long enough for a loaded machine to connect and join before it runs out.
const SHORT_SECONDS = 4;

const ended = (socket: Client) => nextEvent(socket, 'session:ended');

describe('a member socket follows its access token', () => {
  it('when the token expires without a refresh, then the server ends the socket with SESSION_EXPIRED and the meeting sees them leave', async () => {
    const server = await startServer();
    const code = await createMeeting();
    const watcher = await connect(server, guest('Watcher'));
    await join(watcher, code);
    const ada = await connect(server, { token: (await tokensFor(SHORT_SECONDS)).sign() });
    await join(ada, code);
    const left = nextEvent(watcher, 'participant:left');
    const adaId = ada.id;
    const gone = disconnected(ada);

    const { error } = await ended(ada);

    expect(error.code).toBe('SESSION_EXPIRED');
    expect(await gone).toBe('io server disconnect');
    expect(await left).toEqual({ id: adaId });
  });

  it('when auth:refresh brings the next token in time, then the socket outlives the first one', async () => {
    const server = await startServer();
    const short = await tokensFor(SHORT_SECONDS);
    const ada = await connect(server, { token: short.sign() });
    // Signed after Ada's first token, so it cannot expire before it.
    const control = await connect(server, { token: (await tokensFor(SHORT_SECONDS)).sign() });
    const next = (await tokensFor(600, short.sessionId)).sign();

    const refreshed = ok(await ada.emitWithAck('auth:refresh', { token: next }));
    await ended(control);

    expect(refreshed.expiresIn).toBeGreaterThan(500);
    await settled(ada);
    expect(ada.connected).toBe(true);
  });

  it('when auth:refresh brings a token of another session, a guest asks, or the token is bad, then it is refused', async () => {
    const server = await startServer();
    const ada = await connect(server, { token: (await tokensFor(600)).sign() });
    const visitor = await connect(server, guest());

    const acks = [
      await ada.emitWithAck('auth:refresh', { token: (await tokensFor(600)).sign() }),
      await ada.emitWithAck('auth:refresh', { token: 'not-a-token' }),
      await visitor.emitWithAck('auth:refresh', { token: (await tokensFor(600)).sign() }),
    ];

    expect(acks.map(errorCode)).toEqual(['UNAUTHORIZED', 'UNAUTHORIZED', 'UNAUTHORIZED']);
    expect(ada.connected && visitor.connected).toBe(true);
  });
});

/** A user signed in twice (two devices) through the server's own REST API. */
async function twoDevices(server: TestServer) {
  const phone = await signUp(server.url);
  const laptop = await logIn(server.url, phone.credentials);
  return { phone, laptop };
}

describe('ending a session closes its sockets', () => {
  it('when a device signs out, then every socket of that session is closed at once, the other device stays, and its token is refused', async () => {
    const server = await startServer();
    const { phone, laptop } = await twoDevices(server);
    const tabs = [
      await connect(server, { token: phone.accessToken }),
      await connect(server, { token: phone.accessToken }),
    ];
    const other = await connect(server, { token: laptop.accessToken });
    const endings = tabs.map(ended);
    const closings = tabs.map(disconnected);

    await request(server.url).post('/api/v1/auth/logout').set('Cookie', phone.cookie).expect(204);

    expect((await Promise.all(endings)).map(({ error }) => error.code)).toEqual([
      'SESSION_EXPIRED',
      'SESSION_EXPIRED',
    ]);
    expect(await Promise.all(closings)).toEqual(['io server disconnect', 'io server disconnect']);
    await settled(other);
    expect(other.connected).toBe(true);
    const again = client(server, { token: phone.accessToken });
    expect((await connectError(again)).message).toBe('UNAUTHORIZED');
  });

  it('when a rotated refresh token is presented again, then the revoked family loses its sockets', async () => {
    const server = await startServer({ REFRESH_REUSE_GRACE_SECONDS: '0' });
    const { phone } = await twoDevices(server);
    const socket = await connect(server, { token: phone.accessToken });
    const closing = ended(socket);
    const gone = disconnected(socket);
    await request(server.url).post('/api/v1/auth/refresh').set('Cookie', phone.cookie).expect(200);

    await request(server.url).post('/api/v1/auth/refresh').set('Cookie', phone.cookie).expect(401);

    expect((await closing).error.code).toBe('SESSION_EXPIRED');
    expect(await gone).toBe('io server disconnect');
  });

  it('when a session was signed out before this process started, then this process refuses its still unexpired token', async () => {
    // The sign-out goes through a process of its own, sharing only the database.
    const elsewhere = await startServer();
    const { phone } = await twoDevices(elsewhere);
    await request(elsewhere.url)
      .post('/api/v1/auth/logout')
      .set('Cookie', phone.cookie)
      .expect(204);
    const server = await startServer();

    const again = client(server, { token: phone.accessToken });

    expect((await connectError(again)).message).toBe('UNAUTHORIZED');
  });

  it('when a device signs out through one process, then its sockets on another process close and that process refuses its token', async () => {
    // Redis keeps the sign-up and login limits across runs; this test must not run into them.
    const [one, two] = await twoServers({
      REGISTER_MAX_PER_IP: '100000',
      LOGIN_MAX_PER_IP: '100000',
    });
    const { phone } = await twoDevices(one);
    const socket = await connect(two, { token: phone.accessToken });
    const closing = ended(socket);
    const gone = disconnected(socket);

    await request(one.url).post('/api/v1/auth/logout').set('Cookie', phone.cookie).expect(204);

    expect((await closing).error.code).toBe('SESSION_EXPIRED');
    expect(await gone).toBe('io server disconnect');
    const again = client(two, { token: phone.accessToken });
    expect((await connectError(again)).message).toBe('UNAUTHORIZED');
  });
});
