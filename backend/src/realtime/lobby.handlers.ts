import { meetingFull } from '../errors/AppError.js';
import { targetPayloadSchema } from '@huddle/contract';
import { findTarget, requireHost } from './control.js';
import { defineHandler } from './handler.js';
import { lobbyFor, roomFor } from './rooms.js';

// Hosts and co-hosts answer knocks; the waiting socket's own process lets it in or out.

const admit = defineHandler('lobby:admit', targetPayloadSchema, async (ctx, { id }) => {
  const code = requireHost(ctx);
  await findTarget(ctx, id, lobbyFor(code));
  const max = ctx.deps.config.meetings.maxParticipants;
  if ((await ctx.roster.members(roomFor(code))).length >= max) throw meetingFull(max);
  ctx.commands.dispatch({ type: 'admit', code, id });
  return {};
});

const deny = defineHandler('lobby:deny', targetPayloadSchema, async (ctx, { id }) => {
  const code = requireHost(ctx);
  await findTarget(ctx, id, lobbyFor(code));
  ctx.commands.dispatch({ type: 'deny', code, id });
  return {};
});

export const lobbyHandlers = [admit, deny];
