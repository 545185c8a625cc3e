import { rateLimited } from '../errors/AppError.js';
import { REACTION_RATE, reactionPayloadSchema } from '@huddle/contract';
import { defineHandler } from './handler.js';
import { currentMeeting } from './membership.js';
import { createTokenBucket } from './rateLimit.js';
import { roomFor } from './rooms.js';
import type { SocketContext } from './types.js';

export function registerReactionHandlers(ctx: SocketContext): void {
  onSend(ctx);
}

/** Relays a reaction to the whole meeting, the sender included, within the socket's own limit. */
function onSend(ctx: SocketContext): void {
  const { io, socket } = ctx;
  const allowance = createTokenBucket(REACTION_RATE.perSecond, REACTION_RATE.burst);
  defineHandler(ctx, 'reaction:send', reactionPayloadSchema, async ({ emoji }) => {
    const code = currentMeeting(ctx);
    if (!allowance.take()) throw rateLimited(Math.ceil(1 / REACTION_RATE.perSecond));
    io.to(roomFor(code)).emit('reaction', { from: socket.id, emoji });
    return {};
  });
}
