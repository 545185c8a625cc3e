import type { Config } from '../config.js';
import { errorAck, splitArgs } from './handler.js';
import type { HuddleSocket } from './types.js';

/** A token bucket: `ratePerSecond` tokens a second, at most `capacity` saved up. */
export function createTokenBucket(
  ratePerSecond: number,
  capacity: number,
  now = () => performance.now(),
) {
  let tokens = capacity;
  let last = now();
  const refill = () => {
    const at = now();
    tokens = Math.min(capacity, tokens + ((at - last) / 1000) * ratePerSecond);
    last = at;
  };
  return {
    take(): boolean {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

type TokenBucket = ReturnType<typeof createTokenBucket>;

/**
 * Limits one socket's events. Over the limit an event is answered RATE_LIMITED and dropped.
 * Refused events are counted in a second bucket draining at the same rate: a client that goes
 * on sending faster than it is allowed empties it and is disconnected.
 */
export function rateLimit(socket: HuddleSocket, limits: Config['socket'], now: () => number) {
  // Made at the first event: a full bucket then is what it would have been since the connect,
  // and an idle connection (most of them) holds none.
  let buckets: { allowance: TokenBucket; patience: TokenBucket } | undefined;
  return (packet: unknown[], next: (error?: Error) => void) => {
    buckets ??= {
      allowance: createTokenBucket(limits.eventsPerSecond, limits.eventsBurst, now),
      patience: createTokenBucket(limits.eventsPerSecond, limits.eventsBurst, now),
    };
    const { allowance, patience } = buckets;
    if (allowance.take()) {
      next();
      return;
    }
    splitArgs(packet.slice(1)).ack?.(errorAck('RATE_LIMITED', 'Too many events; slow down.'));
    if (!patience.take()) socket.disconnect(true);
  };
}
