import { describe, expect, it } from 'vitest';
import { createTokenBucket } from '../../src/realtime/rateLimit.js';
import { useTestDatabase } from '../helpers/database.js';
import { disconnected, errorCode, guest, ok, useRealtime } from './helpers.js';

useTestDatabase();
const { startServer, connect } = useRealtime();

describe('token bucket', () => {
  it('when the burst is spent, then it refuses until time refills it at the rate', () => {
    let now = 0;
    const bucket = createTokenBucket(10, 3, () => now);

    const burst = [bucket.take(), bucket.take(), bucket.take(), bucket.take()];
    now += 100;
    const afterOneToken = [bucket.take(), bucket.take()];
    now += 10_000;
    const refilled = Array.from({ length: 4 }, () => bucket.take());

    expect(burst).toEqual([true, true, true, false]);
    expect(afterOneToken).toEqual([true, false]);
    expect(refilled).toEqual([true, true, true, false]);
  });
});

describe('socket rate limit', () => {
  // The server's rate-limit clock stands still, so no token refills however slow the machine is.
  const frozenClock = { now: () => 0 };
  const limits = { SOCKET_EVENTS_PER_SECOND: '5', SOCKET_EVENTS_BURST: '10' };

  it('when a socket floods, then it gets RATE_LIMITED, is disconnected, and a quiet socket is unaffected', async () => {
    const server = await startServer(limits, frozenClock);
    const flooder = await connect(server, guest('Flooder'));
    const quiet = await connect(server, guest('Quiet'));
    const gone = disconnected(flooder);
    const burst = [];
    for (let i = 0; i < 10; i += 1) burst.push(await flooder.emitWithAck('media:update', {}));

    const flood = await Promise.allSettled(
      Array.from({ length: 30 }, () => flooder.timeout(10_000).emitWithAck('media:update', {})),
    );

    expect(burst.every((ack) => ack.ok)).toBe(true);
    const answered = flood.flatMap((result) =>
      result.status === 'fulfilled' ? [result.value] : [],
    );
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((ack) => errorCode(ack) === 'RATE_LIMITED')).toBe(true);
    expect(await gone).toBe('io server disconnect');
    expect(ok(await quiet.emitWithAck('media:update', { audio: true }))).toEqual({});
  });

  it('when a socket is only slightly over the limit, then it is refused some events but stays', async () => {
    const server = await startServer(limits, frozenClock);
    const socket = await connect(server, guest());

    const acks = [];
    for (let i = 0; i < 18; i += 1) acks.push(await socket.emitWithAck('media:update', {}));

    expect(acks.slice(0, 10).every((ack) => ack.ok)).toBe(true);
    expect(acks.slice(10).every((ack) => errorCode(ack) === 'RATE_LIMITED')).toBe(true);
    expect(socket.connected).toBe(true);
  });

  it('when an unknown event arrives with an ack, then the ack is VALIDATION_FAILED', async () => {
    const server = await startServer();
    const socket = await connect(server, guest());

    const ack = await (socket.emitWithAck as (event: string, payload: unknown) => Promise<never>)(
      'meeting:destroy',
      {},
    );

    expect(errorCode(ack)).toBe('VALIDATION_FAILED');
  });
});
