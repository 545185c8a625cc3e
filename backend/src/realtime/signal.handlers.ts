import { signalPayloadSchema } from '@huddle/contract';
import { notInMeeting } from '../errors/AppError.js';
import { defineHandler } from './handler.js';
import { currentMeeting } from './membership.js';
import { findSocketInRoom, roomFor } from './rooms.js';

/** Relays WebRTC offers, answers and candidates, only between sockets of the same meeting. */
const signal = defineHandler('signal', signalPayloadSchema, async (ctx, { to, data }) => {
  const { io, socket } = ctx;
  const code = currentMeeting(ctx);
  if (to === socket.id || !(await findSocketInRoom(io, to, roomFor(code)))) {
    throw notInMeeting('That participant is not in your meeting.');
  }
  io.to(to).emit('signal', { from: socket.id, data });
  return {};
});

export const signalHandlers = [signal];
