import { setTimeout } from 'node:timers/promises';
import mongoose from 'mongoose';
import { deadline } from '../lib/deadline.js';
import type { Logger } from '../lib/logger.js';
// Every model is registered here so that ensureIndexes builds all of their indexes.
import '../models/user.model.js';
import '../models/session.model.js';
import '../models/meeting.model.js';
import '../models/activity.model.js';
import '../models/message.model.js';

// Filters built from user input can never smuggle operators such as {$ne: null} into a query.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', true);
// Without a connection, fail fast (and answer 503) instead of queueing operations indefinitely.
mongoose.set('bufferCommands', false);

export interface DatabaseOptions {
  uri: string;
  timeoutMs: number;
  maxPoolSize: number;
  logger: Logger;
  signal?: AbortSignal;
}

const MAX_BACKOFF_MS = 15_000;

export function isDatabaseReady(): boolean {
  return mongoose.connection.readyState === mongoose.ConnectionStates.connected;
}

let ping: Promise<unknown> | undefined;

/**
 * Whether the database answers a ping within `timeoutMs`. A frozen server keeps its sockets
 * open, so the connection state alone would still say ready. Probes share one ping at a time.
 */
export async function databaseAnswers(timeoutMs: number): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!isDatabaseReady() || !db) return false;
  ping ??= db
    .admin()
    .ping()
    .finally(() => {
      ping = undefined;
    });
  return deadline(ping, timeoutMs, 'pinging the database').then(
    () => true,
    () => false,
  );
}

/** Connects, retrying with capped exponential backoff until it succeeds or `signal` aborts. */
export async function connectDatabase(options: DatabaseOptions) {
  const { uri, timeoutMs, maxPoolSize, logger, signal } = options;
  watchConnection(logger);
  for (let attempt = 1; !signal?.aborted; attempt += 1) {
    try {
      await mongoose.connect(uri, {
        serverSelectionTimeoutMS: timeoutMs,
        connectTimeoutMS: timeoutMs,
        maxPoolSize,
        autoIndex: false,
      });
      await ensureIndexes();
      logger.info({ attempt }, 'database connected');
      return;
    } catch (error) {
      await mongoose.disconnect().catch(() => undefined);
      const delayMs = Math.min(MAX_BACKOFF_MS, 250 * 2 ** attempt) * (0.75 + Math.random() / 2);
      logger.warn(
        { attempt, retryInMs: Math.round(delayMs), reason: (error as Error).message },
        'database connection failed',
      );
      // Resolves early (quietly) when startup is aborted by a shutdown.
      await setTimeout(delayMs, undefined, { signal }).catch(() => undefined);
    }
  }
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}

/** Builds the unique indexes the app relies on (for example case-insensitive usernames). */
export async function ensureIndexes(): Promise<void> {
  await Promise.all(Object.values(mongoose.models).map((model) => model.createIndexes()));
}

let watching = false;
function watchConnection(logger: Logger): void {
  if (watching) return;
  watching = true;
  mongoose.connection.on('disconnected', () => logger.warn('database disconnected'));
  mongoose.connection.on('reconnected', () => logger.info('database reconnected'));
}
