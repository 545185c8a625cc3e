import { mediaUpdatePayloadSchema } from '@huddle/contract';
import { defineHandler } from './handler.js';
import { toParticipant } from './participants.js';
import { roomFor } from './rooms.js';
import type { SocketContext } from './types.js';

export function registerMediaHandlers(ctx: SocketContext): void {
  onMediaUpdate(ctx);
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
