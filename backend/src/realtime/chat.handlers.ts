import { listMessages, saveMessage } from '../services/chat.service.js';
import { chatHistoryPayloadSchema, chatSendPayloadSchema } from '@huddle/contract';
import { validationFailed } from '../errors/AppError.js';
import { defineHandler } from './handler.js';
import { currentMeeting } from './membership.js';
import { roomFor } from './rooms.js';

const send = defineHandler(
  'chat:send',
  chatSendPayloadSchema,
  async (ctx, { text, clientId }) => {
    const { io, socket, deps } = ctx;
    const code = currentMeeting(ctx);
    await ctx.ipLimits.chatMessage(socket);
    const { userId, name } = socket.data;
    // Stored first: a message everyone saw is never missing from the history. Batches are
    // settled in order, so a sender's messages are broadcast in the order they were sent.
    const message = await saveMessage(deps.writes.messages, {
      meetingCode: code,
      sender: { userId, name },
      text,
      ...(clientId ? { clientId } : {}),
    });
    // Kept for joins (and sent to the other processes) before the broadcast, so that a socket
    // joining meanwhile anywhere either finds it among the recent messages or receives it.
    deps.recentMessages.stored(message);
    io.to(roomFor(code)).emit('chat:message', { message });
    return { message };
  },
  { pipelined: true },
);

const history = defineHandler('chat:history', chatHistoryPayloadSchema, async (ctx, { before }) => {
  const messages = await listMessages(currentMeeting(ctx), before);
  if (!messages) throw validationFailed('before: No such message in this meeting.');
  return { messages };
});

export const chatHandlers = [send, history];
