import { CHAT_PAGE_SIZE, type ChatMessage } from '@huddle/contract';
import mongoose from 'mongoose';
import { Message, type MessageDocument } from '../models/message.model.js';
import { store, type WriteBatcher } from './writeBatcher.js';

const MESSAGE_FIELDS = { meetingCode: 1, sender: 1, text: 1, createdAt: 1 } as const;

export interface NewChatMessage {
  meetingCode: string;
  sender: { userId?: string; name: string };
  text: string;
}

/** A message as stored: complete, with its id made here so that the ack can carry it. */
export interface MessageRecord {
  _id: mongoose.Types.ObjectId;
  meetingCode: string;
  sender: { userId: mongoose.Types.ObjectId | null; name: string };
  text: string;
  createdAt: Date;
}

export function messageRecordSize(record: MessageRecord): number {
  return Buffer.byteLength(record.text) + Buffer.byteLength(record.sender.name) + 128;
}

/**
 * Stores a message through the process's write batcher; resolves once it is stored.
 * A message that could not be stored is DATABASE_UNAVAILABLE (RATE_LIMITED when the queue of
 * waiting writes is full).
 */
export async function saveMessage(
  writes: WriteBatcher<MessageRecord>,
  { meetingCode, sender, text }: NewChatMessage,
): Promise<ChatMessage> {
  const record: MessageRecord = {
    _id: new mongoose.Types.ObjectId(),
    meetingCode,
    sender: {
      userId: sender.userId ? new mongoose.Types.ObjectId(sender.userId) : null,
      name: sender.name,
    },
    text,
    createdAt: new Date(),
  };
  await store(writes, record);
  return toChatMessage(record);
}

/**
 * A page of a meeting's messages, oldest first: the newest ones, or with `beforeId` the ones
 * just older than that message. Returns null when `beforeId` is not a message of this meeting.
 * Read straight through the driver (the filters are built here, from validated values): every
 * first join into a meeting reads a page, and mongoose's query building costs more CPU than that.
 */
export async function listMessages(
  meetingCode: string,
  beforeId?: string,
): Promise<ChatMessage[] | null> {
  const messages = Message.collection;
  const filter: mongoose.mongo.Filter<mongoose.mongo.Document> = { meetingCode };
  if (beforeId !== undefined) {
    const _id = new mongoose.Types.ObjectId(beforeId);
    const cursor = await messages.findOne({ _id, meetingCode }, { projection: { createdAt: 1 } });
    if (!cursor) return null;
    filter.$or = [
      { createdAt: { $lt: cursor.createdAt as Date } },
      { createdAt: cursor.createdAt as Date, _id: { $lt: _id } },
    ];
  }
  // The sort matches the index (meetingCode, createdAt, _id) on MongoDB; FerretDB 1.24 filters
  // in the database (PostgreSQL) or scans (SQLite) and sorts itself.
  const newestFirst = await messages
    .find<StoredMessage>(filter, {
      projection: MESSAGE_FIELDS,
      sort: { createdAt: -1, _id: -1 },
      limit: CHAT_PAGE_SIZE,
    })
    .toArray();
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
