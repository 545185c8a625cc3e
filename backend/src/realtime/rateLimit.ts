import type { Config } from '../config.js';
import { errorAck, splitArgs } from './handler.js';
import type { SocketContext } from './types.js';

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

export type TokenBucket = ReturnType<typeof createTokenBucket>;

/** A socket's event allowance, and the patience of a server that refuses it events. */
export interface EventBudget {
  allowance: TokenBucket;
  patience: TokenBucket;
}

/**
 * Limits one socket's events: whether `packet` may go on. Over the limit an event is answered
 * RATE_LIMITED and dropped. Refused events are counted in a second bucket draining at the same
 * rate: a client that goes on sending faster than it is allowed empties it and is disconnected.
 */
export function admitEvent(
  ctx: SocketContext,
  packet: unknown[],
  limits: Config['socket'],
  now: () => number,
): boolean {
  // Made at the first event: a full bucket then is what it would have been since the connect,
  // and an idle connection (most of them) holds none.
  ctx.eventBudget ??= {
    allowance: createTokenBucket(limits.eventsPerSecond, limits.eventsBurst, now),
    patience: createTokenBucket(limits.eventsPerSecond, limits.eventsBurst, now),
  };
  const { allowance, patience } = ctx.eventBudget;
  if (allowance.take()) return true;
  splitArgs(packet.slice(1)).ack?.(errorAck('RATE_LIMITED', 'Too many events; slow down.'));
  if (!patience.take()) ctx.socket.disconnect(true);
  return false;
}
