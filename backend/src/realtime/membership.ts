import { recordJoin } from '../services/activity.service.js';
import { isHostRole, type Admission } from '../services/meetingControl.service.js';
import { byRaisedHand, type JoinPayload, type JoinResult } from '@huddle/contract';
import { databaseAnswers } from '../db/connect.js';
import { databaseUnavailable, meetingFull, notInMeeting } from '../errors/AppError.js';
import { iceServersFor, turnIdentity } from './iceServers.js';
import { announceHostPresence, isHostPresent, knockingIn, leaveLobby } from './lobby.js';
import { joinOrder, toParticipant } from './participants.js';
import { hostsFor, roomFor } from './rooms.js';
import type { SocketContext } from './types.js';

/**
 * Puts the socket in a meeting it was admitted to (leaving any other first), with the role the
 * admission found. The cap is checked before joining and again after, by join order, because two
 * sockets (maybe on two processes) can pass the first check at once: the later joiner is turned away.
 */
export async function joinMeeting(
  ctx: SocketContext,
  payload: JoinPayload,
  { role, meeting }: Admission,
): Promise<JoinResult> {
  const { io, socket, deps, roster } = ctx;
  const max = deps.config.meetings.maxParticipants;
  const room = roomFor(payload.code);
  if (socket.data.meetingCode !== payload.code) {
    if ((await roster.members(room)).length >= max) throw meetingFull(max);
  }

  await leaveMeeting(ctx);
  Object.assign(socket.data, {
    meetingCode: payload.code,
    audio: payload.audio,
    video: payload.video,
    screen: false,
    joinedAt: performance.timeOrigin + performance.now(),
    role,
  });
  socket.join(room);
  const isHost = isHostRole(role);
  if (isHost) socket.join(hostsFor(payload.code));
  const present = (await roster.members(room)).sort(joinOrder);
  if (!socket.connected) throw notInMeeting('The connection closed while joining.');
  if (present.findIndex((member) => member.id === socket.id) >= max) {
    await leaveMeeting(ctx);
    throw meetingFull(max);
  }

  // Read after joining the room, so a message sent meanwhile arrives (at worst twice, same id).
  // A guest's join writes nothing and may read only memory: it asks the database to answer (one
  // ping shared by concurrent joins), so that nobody joins a meeting whose chat cannot be stored.
  const [activity, recent] = await Promise.allSettled([
    socket.data.userId
      ? recordJoin(deps.writes.activities, socket.data.userId, payload.code)
      : requireDatabase(deps.config.db.timeoutMs),
    deps.recentMessages.list(payload.code),
  ]);
  if (activity.status === 'fulfilled' && activity.value) socket.data.activityId = activity.value.id;
  if (activity.status === 'rejected' || recent.status === 'rejected') {
    await leaveMeeting(ctx);
    throw [activity, recent].find((result) => result.status === 'rejected')?.reason;
  }
  const messages = recent.value;

  const self = toParticipant(socket.id, socket.data);
  const iceServers = iceServersFor(deps.config.ice, turnIdentity(socket.id, socket.data.userId));
  const media = await deps.media.access({
    code: payload.code,
    participantId: socket.id,
    name: socket.data.name,
    iceServers,
  });
  ctx.presence.joined(socket.id, payload.code, socket.data.activityId);
  // Read again after the awaits above: anyone who joined or left meanwhile is in this list, or
  // their own event reaches this socket after it (the SPA merges events that arrive earlier).
  const everyone = await roster.members(room);
  socket.to(room).emit('participant:joined', { participant: self });
  if (deps.config.socket.recoveryMs > 0) {
    // Connection state recovery resumes from the last broadcast a client received; a joiner may
    // not have had one yet, so it gets its own state as a broadcast (the SPA ignores it).
    io.to(socket.id).emit('participant:updated', { participant: self });
  }
  if (isHost) announceHostPresence(io, payload.code, true);
  return {
    self,
    participants: everyone
      .sort(joinOrder)
      .filter((member) => member.id !== socket.id)
      .map((member) => toParticipant(member.id, member.data))
      .sort(byRaisedHand),
    messages,
    iceServers,
    media,
    meeting,
    knocking: isHost ? await knockingIn(roster, payload.code) : [],
  };
}

/**
 * Takes the socket out of its lobby or meeting, tells the others (unless `announce` is false),
 * closes the member's Activity and stops its media. When the last host goes, the lobby hears
 * that nobody can admit them now.
 */
export async function leaveMeeting(ctx: SocketContext, { announce = true } = {}): Promise<void> {
  const { io, socket, deps, presence, roster } = ctx;
  await leaveLobby(ctx);
  const code = socket.data.meetingCode;
  if (!code) return;
  const { activityId, role } = socket.data;
  delete socket.data.meetingCode;
  delete socket.data.activityId;
  delete socket.data.joinedAt;
  delete socket.data.role;
  delete socket.data.raisedAt;
  socket.data.screen = false;
  const room = roomFor(code);
  socket.leave(room);
  socket.leave(hostsFor(code));
  if (announce) io.to(room).emit('participant:left', { id: socket.id });
  presence.left(socket.id);
  const removingMedia = deps.media.removeParticipant(code, socket.id);
  if (announce && isHostRole(role) && !(await isHostPresent(roster, code))) {
    announceHostPresence(io, code, false);
  }
  // At most DB_TIMEOUT_MS: a leave the database does not take in time is written later.
  if (activityId) await deps.leaves.record(activityId);
  await removingMedia;
}

/** The code of the socket's meeting; NOT_IN_MEETING when it has not joined one. */
export function currentMeeting({ socket }: SocketContext): string {
  const code = socket.data.meetingCode;
  if (!code) throw notInMeeting('Join a meeting first.');
  return code;
}

async function requireDatabase(timeoutMs: number): Promise<undefined> {
  if (!(await databaseAnswers(timeoutMs))) throw databaseUnavailable();
  return undefined;
}
