import { rateLimited } from '../errors/AppError.js';
import { REACTION_RATE, reactionPayloadSchema } from '@huddle/contract';
import { defineHandler } from './handler.js';
import { currentMeeting } from './membership.js';
import { createTokenBucket } from './rateLimit.js';
import { roomFor } from './rooms.js';

/** Relays a reaction to the whole meeting, the sender included, within the socket's own limit. */
const send = defineHandler('reaction:send', reactionPayloadSchema, async (ctx, { emoji }) => {
  const code = currentMeeting(ctx);
  ctx.reactionAllowance ??= createTokenBucket(REACTION_RATE.perSecond, REACTION_RATE.burst);
  if (!ctx.reactionAllowance.take()) throw rateLimited(Math.ceil(1 / REACTION_RATE.perSecond));
  ctx.io.to(roomFor(code)).emit('reaction', { from: ctx.socket.id, emoji });
  return {};
});

export const reactionHandlers = [send];
