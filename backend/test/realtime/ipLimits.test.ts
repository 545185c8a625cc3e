import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Message } from '../../src/models/message.model.js';
import { useTestDatabase } from '../helpers/database.js';
import {
  connectError,
  createMeeting,
  errorCode,
  guest,
  join,
  useRealtime,
  type TestServer,
} from './helpers.js';

useTestDatabase();
const { startServer, connect, client } = useRealtime();

/** A client address of this test's own, passed through the one trusted proxy (TRUST_PROXY=1). */
const randomIp = () => `10.${[...randomBytes(3)].join('.')}`;
const behindProxy = (ip: string) => ({ extraHeaders: { 'X-Forwarded-For': ip } });

async function chatters(server: TestServer, ip: string, count: number, code: string) {
  const sockets = await Promise.all(
    Array.from({ length: count }, (_, i) => connect(server, guest(`C${i}`), behindProxy(ip))),
  );
  for (const socket of sockets) await join(socket, code);
  return sockets;
}

describe('limits per client IP', () => {
  it('when one IP opens connections past SOCKET_CONNECTIONS_PER_IP, then the next handshake fails RATE_LIMITED and other IPs still connect', async () => {
    const server = await startServer({ TRUST_PROXY: '1', SOCKET_CONNECTIONS_PER_IP: '3' });
    const ip = randomIp();
    for (let i = 0; i < 3; i += 1) await connect(server, guest(), behindProxy(ip));

    const refused = await connectError(client(server, guest(), behindProxy(ip)));
    const otherIp = await connect(server, guest(), behindProxy(randomIp()));

    expect(refused.message).toBe('RATE_LIMITED');
    expect(refused.data).toEqual({ code: 'RATE_LIMITED', message: expect.any(String) });
    expect(otherIp.connected).toBe(true);
  });

  it('when several sockets of one IP send chat past CHAT_MESSAGES_PER_IP, then the excess is refused and never stored', async () => {
    const server = await startServer({ TRUST_PROXY: '1', CHAT_MESSAGES_PER_IP: '5' });
    const code = await createMeeting();
    const sockets = await chatters(server, randomIp(), 3, code);

    const acks = await Promise.all(
      sockets.flatMap((socket, s) =>
        Array.from({ length: 4 }, (_, i) => socket.emitWithAck('chat:send', { text: `${s}:${i}` })),
      ),
    );

    expect(acks.filter((ack) => ack.ok)).toHaveLength(5);
    expect(acks.filter((ack) => errorCode(ack) === 'RATE_LIMITED')).toHaveLength(7);
    expect(await Message.countDocuments({ meetingCode: code })).toBe(5);
  });

  it('when two processes share Redis, then one IP has one allowance across both', async () => {
    const env = {
      REDIS_URL: 'redis://127.0.0.1:6379',
      TRUST_PROXY: '1',
      SOCKET_CONNECTIONS_PER_IP: '2',
    };
    const prefix = { redisKeyPrefix: `huddle-test-${randomBytes(6).toString('hex')}` };
    const [one, two] = await Promise.all([startServer(env, prefix), startServer(env, prefix)]);
    const ip = randomIp();
    await connect(one, guest(), behindProxy(ip));
    await connect(two, guest(), behindProxy(ip));

    const refused = await connectError(client(one, guest(), behindProxy(ip)));

    expect(refused.message).toBe('RATE_LIMITED');
  });
});
