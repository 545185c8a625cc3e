import { meetingFull } from '../errors/AppError.js';
import { targetPayloadSchema } from '@huddle/contract';
import { findTarget, requireHost } from './control.js';
import { defineHandler } from './handler.js';
import { lobbyFor, roomFor } from './rooms.js';
import type { SocketContext } from './types.js';

/** Hosts and co-hosts answer knocks; the waiting socket's own process lets it in or out. */
export function registerLobbyHandlers(ctx: SocketContext): void {
  onAdmit(ctx);
  onDeny(ctx);
}

function onAdmit(ctx: SocketContext): void {
  const { roster, deps } = ctx;
  defineHandler(ctx, 'lobby:admit', targetPayloadSchema, async ({ id }) => {
    const code = requireHost(ctx);
    await findTarget(ctx, id, lobbyFor(code));
    const max = deps.config.meetings.maxParticipants;
    if ((await roster.members(roomFor(code))).length >= max) throw meetingFull(max);
    ctx.commands.dispatch({ type: 'admit', code, id });
    return {};
  });
}

function onDeny(ctx: SocketContext): void {
  defineHandler(ctx, 'lobby:deny', targetPayloadSchema, async ({ id }) => {
    const code = requireHost(ctx);
    await findTarget(ctx, id, lobbyFor(code));
    ctx.commands.dispatch({ type: 'deny', code, id });
    return {};
  });
}
