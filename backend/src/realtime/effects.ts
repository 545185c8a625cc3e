import { toAppError } from '../errors/toAppError.js';
import { checkAdmission } from '../services/meetingControl.service.js';
import type { Actor } from '@huddle/contract';
import { knockingIn, leaveLobby, announceHostPresence } from './lobby.js';
import { joinMeeting, leaveMeeting } from './membership.js';
import { toParticipant } from './participants.js';
import { hostsFor, roomFor } from './rooms.js';
import type { SocketContext } from './types.js';

// What commands do to the socket they target, run by its own process in its queue. Each checks
// first that the socket is still where the command found it: it may have left meanwhile.

function announceUpdate({ io, socket }: SocketContext, code: string): void {
  io.to(roomFor(code)).emit('participant:updated', {
    participant: toParticipant(socket.id, socket.data),
  });
}

export async function mute(
  ctx: SocketContext,
  code: string,
  kind: 'audio' | 'video',
  by: Actor,
): Promise<void> {
  if (ctx.socket.data.meetingCode !== code) return;
  ctx.socket.data[kind] = false;
  announceUpdate(ctx, code);
  ctx.socket.emit('participant:muted', { kind, by });
}

/** Raises or lowers the socket's hand; a hand raised twice keeps its place in the queue. */
export function setHand(ctx: SocketContext, code: string, raised: boolean): void {
  const { data } = ctx.socket;
  // Fractions of a millisecond keep two hands raised in the same millisecond in order.
  if (raised) data.raisedAt ??= performance.timeOrigin + performance.now();
  else delete data.raisedAt;
  announceUpdate(ctx, code);
}

export async function lowerHand(ctx: SocketContext, code: string): Promise<void> {
  if (ctx.socket.data.meetingCode === code) setHand(ctx, code, false);
}

/** Makes the socket a co-host: it now hears knocks, starting with everyone already waiting. */
export async function promote(ctx: SocketContext, code: string): Promise<void> {
  const { io, socket, roster } = ctx;
  if (socket.data.meetingCode !== code || socket.data.role !== 'participant') return;
  socket.data.role = 'cohost';
  socket.join(hostsFor(code));
  announceUpdate(ctx, code);
  announceHostPresence(io, code, true);
  for (const participant of await knockingIn(roster, code))
    socket.emit('lobby:knock', { participant });
}

/** Takes the co-host role back: the socket stops hearing knocks and is a participant again. */
export async function demote(ctx: SocketContext, code: string): Promise<void> {
  const { socket } = ctx;
  if (socket.data.meetingCode !== code || socket.data.role !== 'cohost') return;
  socket.data.role = 'participant';
  socket.leave(hostsFor(code));
  announceUpdate(ctx, code);
}

/**
 * Puts the socket out of the meeting (or its lobby) for good: removed by a host, or the meeting
 * ended. The one place where a participant is taken out on someone else's decision.
 */
export async function expel(
  ctx: SocketContext,
  code: string,
  event: 'meeting:removed' | 'meeting:ended',
): Promise<void> {
  const { socket } = ctx;
  if (socket.data.meetingCode !== code && socket.data.waitingFor !== code) return;
  socket.emit(event, {});
  // When the meeting ends everyone goes at once: nobody is left to be told who left.
  await leaveMeeting(ctx, { announce: event === 'meeting:removed' });
}

/** Lets a waiting socket in, with the same data a join gives; tells it if that fails. */
export async function admit(ctx: SocketContext, code: string): Promise<void> {
  const { socket } = ctx;
  if (socket.data.waitingFor !== code) return;
  const media = { audio: socket.data.audio, video: socket.data.video };
  await leaveLobby(ctx);
  try {
    const found = await ctx.deps.meetings.find(code);
    const admission = checkAdmission(found, socket.data, { admitted: true });
    socket.emit('lobby:admitted', await joinMeeting(ctx, { code, ...media }, admission));
  } catch (error) {
    const { code: errorCode, message } = toAppError(error).appError;
    socket.emit('lobby:denied', { error: { code: errorCode, message } });
  }
}

export async function deny(ctx: SocketContext, code: string): Promise<void> {
  if (ctx.socket.data.waitingFor !== code) return;
  await leaveLobby(ctx);
  ctx.socket.emit('lobby:denied', {});
}
