import type { ExtendedError } from 'socket.io';
import type { AppDeps } from '../deps.js';
import { rateLimited } from '../errors/AppError.js';
import { clientIp } from '../lib/clientIp.js';
import { consumeOrThrow } from '../lib/rateLimiters.js';
import { handshakeError } from './auth.js';
import type { HuddleSocket } from './types.js';

/**
 * Limits per client IP, across all of its sockets (and, with REDIS_URL, all processes): a new
 * socket must not bring a fresh allowance, as the per-socket limits alone would give it.
 */
export interface IpLimits {
  /** An `io.use` middleware refusing handshakes past the IP's connection rate (RATE_LIMITED). */
  connections(socket: HuddleSocket, next: (error?: ExtendedError) => void): void;
  /** Throws RATE_LIMITED when the socket's IP has sent too many chat messages. */
  chatMessage(socket: HuddleSocket): Promise<void>;
}

export function createIpLimits({ config, makeLimiter }: AppDeps): IpLimits {
  const { socket: limits, trustProxy } = config;
  const connections = makeLimiter({
    keyPrefix: 'socket-connections:ip',
    points: limits.connectionsPerIp,
    durationSeconds: limits.connectionsWindowSeconds,
  });
  const chatMessages = makeLimiter({
    keyPrefix: 'chat-messages:ip',
    points: limits.chatMessagesPerIp,
    durationSeconds: limits.chatMessagesWindowSeconds,
  });
  const ipOf = (socket: HuddleSocket) => clientIp(socket.request, trustProxy);

  return {
    connections(socket, next) {
      consumeOrThrow(connections, ipOf(socket), rateLimited).then(
        () => next(),
        (error: Error) => next(handshakeError('RATE_LIMITED', error.message)),
      );
    },
    chatMessage: (socket) => consumeOrThrow(chatMessages, ipOf(socket), rateLimited),
  };
}
