import { signalPayloadSchema } from '@huddle/contract';
import { notInMeeting } from '../errors/AppError.js';
import { defineHandler } from './handler.js';
import { currentMeeting } from './membership.js';
import { findSocketInRoom, roomFor } from './rooms.js';
import type { SocketContext } from './types.js';

export function registerSignalHandlers(ctx: SocketContext): void {
  onSignal(ctx);
}

/** Relays WebRTC offers, answers and candidates, only between sockets of the same meeting. */
function onSignal(ctx: SocketContext): void {
  const { io, socket } = ctx;
  defineHandler(ctx, 'signal', signalPayloadSchema, async ({ to, data }) => {
    const code = currentMeeting(ctx);
    if (to === socket.id || !(await findSocketInRoom(io, to, roomFor(code)))) {
      throw notInMeeting('That participant is not in your meeting.');
    }
    io.to(to).emit('signal', { from: socket.id, data });
    return {};
  });
}
