import { listMessages, saveMessage } from '../services/chat.service.js';
import { chatHistoryPayloadSchema, chatSendPayloadSchema } from './contract.js';
import { validationFailed } from '../errors/AppError.js';
import { defineHandler } from './handler.js';
import { currentMeeting } from './membership.js';
import { roomFor } from './rooms.js';
import type { SocketContext } from './types.js';

export function registerChatHandlers(ctx: SocketContext): void {
  onSend(ctx);
  onHistory(ctx);
}

function onSend(ctx: SocketContext): void {
  const { io, socket } = ctx;
  defineHandler(ctx, 'chat:send', chatSendPayloadSchema, async ({ text }) => {
    const code = currentMeeting(ctx);
    const { userId, name } = socket.data;
    // Stored first: a message everyone saw is never missing from the history.
    const message = await saveMessage({ meetingCode: code, sender: { userId, name }, text });
    io.to(roomFor(code)).emit('chat:message', { message });
    return { message };
  });
}

function onHistory(ctx: SocketContext): void {
  defineHandler(ctx, 'chat:history', chatHistoryPayloadSchema, async ({ before }) => {
    const messages = await listMessages(currentMeeting(ctx), before);
    if (!messages) throw validationFailed('before: No such message in this meeting.');
    return { messages };
  });
}
