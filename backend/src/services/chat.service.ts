import { CHAT_PAGE_SIZE, type ChatMessage } from '@huddle/contract';
import { createHash } from 'node:crypto';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../db/duplicateKey.js';
import { validationFailed } from '../errors/AppError.js';
import { Message, type MessageDocument } from '../models/message.model.js';
import { store, type WriteBatcher } from './writeBatcher.js';

const MESSAGE_FIELDS = { meetingCode: 1, sender: 1, text: 1, createdAt: 1 } as const;

export interface NewChatMessage {
  meetingCode: string;
  sender: { userId?: string; name: string };
  text: string;
  /** The client's key for this message, the same when it retries it (see the contract). */
  clientId?: string;
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
 * waiting writes is full). A retry (same sender, meeting and `clientId`) of a message that was
 * stored after all resolves with the stored one.
 */
export async function saveMessage(
  writes: WriteBatcher<MessageRecord>,
  { meetingCode, sender, text, clientId }: NewChatMessage,
): Promise<ChatMessage> {
  const record: MessageRecord = {
    _id: clientId ? messageIdFor(meetingCode, sender, clientId) : new mongoose.Types.ObjectId(),
    meetingCode,
    sender: {
      userId: sender.userId ? new mongoose.Types.ObjectId(sender.userId) : null,
      name: sender.name,
    },
    text,
    createdAt: new Date(),
  };
  try {
    await store(writes, record);
  } catch (error) {
    if (clientId && isDuplicateKey(error)) return storedEarlier(record);
    throw error;
  }
  return toChatMessage(record);
}

/**
 * The id of a message a client keyed: the same for the same sender, meeting and key, and (a
 * SHA-256 prefix of 96 bits) unlike any other sender's, whatever key that one sends.
 */
function messageIdFor(
  meetingCode: string,
  sender: NewChatMessage['sender'],
  clientId: string,
): mongoose.Types.ObjectId {
  const who = sender.userId ? `member:${sender.userId}` : `guest:${sender.name}`;
  const digest = createHash('sha256').update(`${meetingCode}\n${who}\n${clientId}`).digest();
  return new mongoose.Types.ObjectId(digest.subarray(0, 12));
}

/** The message stored under `record`'s id, when it is this one; else its key was reused. */
async function storedEarlier(record: MessageRecord): Promise<ChatMessage> {
  const stored = await Message.collection.findOne<StoredMessage>(
    { _id: record._id },
    { projection: MESSAGE_FIELDS },
  );
  const same =
    stored?.meetingCode === record.meetingCode &&
    stored.text === record.text &&
    stored.sender?.name === record.sender.name &&
    String(stored.sender?.userId ?? null) === String(record.sender.userId);
  if (!stored || !same) throw validationFailed('clientId: already used for another message.');
  return toChatMessage(stored);
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
