import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.js';
import {
  collect,
  createMeeting,
  disconnected,
  guest,
  join,
  nextEvent,
  ok,
  settled,
  useRealtime,
  type Client,
} from './helpers.js';

useTestDatabase();
const { startServer, connect } = useRealtime();

const RECONNECTING = { reconnection: true, reconnectionDelay: 50, reconnectionDelayMax: 100 };
const withRedis = () => ({
  env: { REDIS_URL: 'redis://127.0.0.1:6379' },
  options: { redisKeyPrefix: `huddle-test-${randomBytes(6).toString('hex')}` },
});

const connected = (socket: Client) =>
  new Promise<void>((resolve) => socket.once('connect', () => resolve()));

/** Closes the client's WebSocket under Socket.IO, as a network drop would. */
async function dropTransport(socket: Client): Promise<void> {
  const gone = disconnected(socket);
  (socket.io.engine.transport as unknown as { ws: WebSocket }).ws.close();
  expect(await gone).toBe('transport close');
}

describe('connection state recovery', () => {
  for (const [label, setup] of [
    ['one process', () => ({ env: {}, options: {} })],
    ['the Redis streams adapter', withRedis],
  ] as const) {
    it(`when the transport drops and comes back within the window (${label}), then the socket is recovered with what it missed and nobody saw it leave`, async () => {
      const { env, options } = setup();
      const server = await startServer(env, options);
      const code = await createMeeting();
      const ada = await connect(server, guest('Ada'));
      const bob = await connect(server, guest('Bob'), RECONNECTING);
      await join(ada, code);
      // The broadcast a joiner gets of itself is its first recovery offset.
      const offsetReached = nextEvent(bob, 'participant:updated');
      await join(bob, code);
      await offsetReached;
      const leftSeenByAda = collect(ada, 'participant:left');
      const bobGot = collect(bob, 'chat:message');
      const bobId = bob.id;

      const back = connected(bob);
      await dropTransport(bob);
      const { message } = ok(await ada.emitWithAck('chat:send', { text: 'while you were away' }));
      await back;
      await settled(bob, ada);

      expect(bob.recovered).toBe(true);
      expect(bob.id).toBe(bobId);
      expect(bobGot).toContainEqual({ message });
      expect(leftSeenByAda).toEqual([]);
      const echoed = nextEvent(ada, 'chat:message');
      ok(await bob.emitWithAck('chat:send', { text: 'back' }));
      expect((await echoed).message.sender.name).toBe('Bob');
    });
  }

  it('when the transport stays away past the window, then the others are told it left and a new connection is not recovered', async () => {
    const server = await startServer({ SOCKET_RECOVERY_SECONDS: '1' });
    const code = await createMeeting();
    const ada = await connect(server, guest('Ada'));
    const bob = await connect(server, guest('Bob'));
    await join(ada, code);
    await join(bob, code);
    const left = nextEvent(ada, 'participant:left');
    const bobId = bob.id;

    await dropTransport(bob);
    expect(await left).toEqual({ id: bobId });
    const back = connected(bob);
    bob.connect();
    await back;

    expect(bob.recovered).toBe(false);
    expect(bob.id).not.toBe(bobId);
  });
});
