import { mediaTokenPayloadSchema, mediaUpdatePayloadSchema } from '@huddle/contract';
import { defineHandler } from './handler.js';
import { iceServersFor, turnIdentity } from './iceServers.js';
import { currentMeeting } from './membership.js';
import { toParticipant } from './participants.js';
import { roomFor } from './rooms.js';
import type { SocketContext } from './types.js';

export function registerMediaHandlers(ctx: SocketContext): void {
  onMediaUpdate(ctx);
  onMediaToken(ctx);
}

/**
 * A new media access for a participant still in the meeting: the SFU token is good only for
 * connecting, so a browser the SFU dropped (restarted, say) needs a fresh one to join its room again.
 */
function onMediaToken(ctx: SocketContext): void {
  const { socket, deps } = ctx;
  defineHandler(ctx, 'media:token', mediaTokenPayloadSchema, async () => {
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
}

function onMediaUpdate(ctx: SocketContext): void {
  const { socket } = ctx;
  defineHandler(ctx, 'media:update', mediaUpdatePayloadSchema, async (changes) => {
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
}
