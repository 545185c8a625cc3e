import { forbidden } from '../errors/AppError.js';
import {
  addCohost,
  endMeeting,
  recordRemoval,
  removeCohost,
  updateSettings,
} from '../services/meetingControl.service.js';
import {
  endPayloadSchema,
  meetingUpdatePayloadSchema,
  mutePayloadSchema,
  targetPayloadSchema,
} from '@huddle/contract';
import { findTarget, requireHost } from './control.js';
import { defineHandler } from './handler.js';
import { roomFor } from './rooms.js';
import type { SocketContext } from './types.js';

// What hosts and co-hosts may do to the meeting and the people in it.

const update = defineHandler(
  'meeting:update',
  meetingUpdatePayloadSchema,
  async (ctx, settings) => {
    const code = requireHost(ctx);
    const meeting = await updateSettings(code, settings);
    ctx.deps.meetings.invalidateMeeting(code);
    ctx.io.to(roomFor(code)).emit('meeting:updated', { meeting });
    // As in Google Meet: with the lobby off nobody has to wait, so whoever waits is let in.
    if (settings.lobby === false) ctx.commands.dispatch({ type: 'admitAll', code });
    return { meeting };
  },
);

const end = defineHandler('meeting:end', endPayloadSchema, async (ctx) => {
  const code = requireHost(ctx);
  // Stored first: from here on every join is refused, so nobody slips in while all are put out.
  await endMeeting(code);
  ctx.deps.meetings.invalidateMeeting(code);
  ctx.commands.dispatch({ type: 'end', code });
  return {};
});

const promote = defineHandler('participant:promote', targetPayloadSchema, async (ctx, { id }) => {
  const { code, userId, role } = await cohostCandidate(ctx, id);
  if (!userId) throw forbidden('Only signed-in participants can be co-hosts.');
  if (role !== 'participant') return {};
  await addCohost(code, userId);
  ctx.deps.meetings.invalidateMeeting(code);
  ctx.commands.dispatch({ type: 'promote', code, userId });
  return {};
});

const demote = defineHandler('participant:demote', targetPayloadSchema, async (ctx, { id }) => {
  const { code, userId, role } = await cohostCandidate(ctx, id);
  if (role === 'host') throw forbidden("The meeting's host stays its host.");
  if (role !== 'cohost' || !userId) return {};
  // Stored first, so that a reconnect in between does not bring the role back.
  await removeCohost(code, userId);
  ctx.deps.meetings.invalidateMeeting(code);
  ctx.commands.dispatch({ type: 'demote', code, userId });
  return {};
});

/** Who the meeting's host (only the host) is naming or un-naming co-host, in the meeting. */
async function cohostCandidate(ctx: SocketContext, id: string) {
  const code = requireHost(ctx);
  if (ctx.socket.data.role !== 'host') throw forbidden("Only the meeting's host names co-hosts.");
  const { userId, role } = (await findTarget(ctx, id, roomFor(code))).data;
  return { code, userId, role };
}

const mute = defineHandler('participant:mute', mutePayloadSchema, async (ctx, { id, kind }) => {
  const { socket } = ctx;
  const code = requireHost(ctx);
  await findTarget(ctx, id, roomFor(code));
  ctx.commands.dispatch({
    type: 'mute',
    code,
    id,
    kind,
    by: { id: socket.id, name: socket.data.name },
  });
  return {};
});

const remove = defineHandler('participant:remove', targetPayloadSchema, async (ctx, { id }) => {
  const code = requireHost(ctx);
  if (id === ctx.socket.id) throw forbidden('Leave the meeting instead of removing yourself.');
  const target = await findTarget(ctx, id, roomFor(code));
  if (target.data.role === 'host') throw forbidden("The meeting's host cannot be removed.");
  // Stored first, so that the removed person cannot rejoin while being put out.
  await recordRemoval(code, target.data);
  ctx.deps.meetings.invalidateMeeting(code);
  ctx.commands.dispatch({ type: 'remove', code, id });
  return {};
});

export const controlHandlers = [update, end, promote, demote, mute, remove];
