import { mediaTokenPayloadSchema, mediaUpdatePayloadSchema } from '@huddle/contract';
import { defineHandler } from './handler.js';
import { iceServersFor, turnIdentity } from './iceServers.js';
import { currentMeeting } from './membership.js';
import { toParticipant } from './participants.js';
import { roomFor } from './rooms.js';

const update = defineHandler('media:update', mediaUpdatePayloadSchema, async (ctx, changes) => {
  const { socket } = ctx;
  if (changes.audio !== undefined) socket.data.audio = changes.audio;
  if (changes.video !== undefined) socket.data.video = changes.video;
  if (changes.screen !== undefined) socket.data.screen = changes.screen;
  const code = socket.data.meetingCode;
  if (code) {
    const participant = toParticipant(socket.id, socket.data);
    socket.to(roomFor(code)).emit('participant:updated', { participant });
  }
  return {};
});

/**
 * A new media access for a participant still in the meeting: the SFU token is good only for
 * connecting, so a browser the SFU dropped (restarted, say) needs a fresh one to join its room again.
 */
const token = defineHandler('media:token', mediaTokenPayloadSchema, async (ctx) => {
  const { socket, deps } = ctx;
  const code = currentMeeting(ctx);
  const iceServers = iceServersFor(deps.config.ice, turnIdentity(socket.id, socket.data.userId));
  const media = await deps.media.access({
    code,
    participantId: socket.id,
    name: socket.data.name,
    iceServers,
  });
  return { media };
});

export const mediaHandlers = [update, token];
