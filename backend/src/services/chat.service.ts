import mongoose from 'mongoose';
import { Message, type MessageDocument } from '../models/message.model.js';
import type { ChatMessage } from '../realtime/contract.js';

export const CHAT_PAGE_SIZE = 50;

export interface NewChatMessage {
  meetingCode: string;
  sender: { userId?: string; name: string };
  text: string;
}

export async function saveMessage({ meetingCode, sender, text }: NewChatMessage) {
  const message = await Message.create({
    meetingCode,
    sender: { userId: sender.userId ?? null, name: sender.name },
    text,
  });
  return toChatMessage(message);
}

/**
 * A page of a meeting's messages, oldest first: the newest ones, or with `beforeId` the ones
 * just older than that message. Returns null when `beforeId` is not a message of this meeting.
 */
export async function listMessages(
  meetingCode: string,
  beforeId?: string,
): Promise<ChatMessage[] | null> {
  const filter: Record<string, unknown> = { meetingCode };
  if (beforeId !== undefined) {
    const cursor = await Message.findOne({ _id: beforeId, meetingCode }, { createdAt: 1 }).lean();
    if (!cursor) return null;
    // Trusted: these operators are built here; only the cursor's own values come from the client.
    filter.$or = [
      { createdAt: mongoose.trusted({ $lt: cursor.createdAt }) },
      { createdAt: cursor.createdAt, _id: mongoose.trusted({ $lt: cursor._id }) },
    ];
  }
  const newestFirst = await Message.find(filter)
    .sort({ createdAt: -1, _id: -1 })
    .limit(CHAT_PAGE_SIZE)
    .lean();
  return newestFirst.reverse().map(toChatMessage);
}

type StoredMessage = Pick<MessageDocument, '_id' | 'meetingCode' | 'sender' | 'text' | 'createdAt'>;

function toChatMessage(message: StoredMessage): ChatMessage {
  const userId = message.sender?.userId;
  return {
    id: String(message._id),
    meetingCode: message.meetingCode,
    sender: { ...(userId ? { id: String(userId) } : {}), name: message.sender?.name ?? '' },
    text: message.text,
    createdAt: message.createdAt.toISOString(),
  };
}
