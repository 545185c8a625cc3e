import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../config.js';
import type { Logger } from '../lib/logger.js';
import { startFerretDb, type DatabaseServer } from './ferretdb.js';

export type EmbeddedDatabase = Pick<DatabaseServer, 'uri' | 'stop'>;

export class NoDatabaseError extends Error {}

const DB_NAME = 'huddle';

/**
 * The zero-configuration database for development: mongodb-memory-server persisted under
 * DATA_DIR, or, where no mongod can be downloaded, a local FerretDB on SQLite.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  logger: Logger,
): Promise<EmbeddedDatabase> {
  const root = resolve(repoRoot, dataDir);
  const ferretDir = join(root, 'ferretdb');
  // Once data lives in FerretDB, keep using it so that it is not left behind by a later mongod.
  if (!existsSync(ferretDir)) {
    try {
      return await startMongoMemoryServer(join(root, 'mongo'));
    } catch (error) {
      logger.warn(`No mongod could be started (${oneLine(error)}); using FerretDB instead.`);
    }
  }
  try {
    return await startEmbeddedFerretDb(ferretDir, logger);
  } catch (error) {
    throw new NoDatabaseError(
      `No database is available (${(error as Error).message}). Set MONGODB_URI to a MongoDB ` +
        'server, for example mongodb://127.0.0.1:27017/huddle or a MongoDB Atlas URI, ' +
        'or install Go so that Huddle can build FerretDB.',
    );
  }
}

async function startMongoMemoryServer(dbPath: string): Promise<EmbeddedDatabase> {
  mkdirSync(dbPath, { recursive: true });
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  const server = await withoutConsoleNoise(() =>
    MongoMemoryServer.create({
      instance: { dbPath, storageEngine: 'wiredTiger', ip: '127.0.0.1' },
    }),
  );
  return {
    uri: server.getUri(DB_NAME),
    stop: async () => {
      await server.stop({ doCleanup: false });
    },
  };
}

async function startEmbeddedFerretDb(dir: string, logger: Logger): Promise<EmbeddedDatabase> {
  logger.info('starting FerretDB (the first run builds it, about two minutes)');
  const server = await startFerretDb(dir);
  logger.info({ dir }, 'FerretDB started');
  return { uri: `${server.uri}${DB_NAME}`, stop: server.stop };
}

/**
 * mongodb-memory-server prints each failed download attempt and then the whole error with its
 * stack to the console before it throws; the caller reports the failure in one line instead.
 */
async function withoutConsoleNoise<T>(run: () => Promise<T>): Promise<T> {
  const { warn, error } = console;
  console.warn = () => undefined;
  console.error = () => undefined;
  try {
    return await run();
  } finally {
    console.warn = warn;
    console.error = error;
  }
}

/** "Download failed for url ..., Details:\ngetaddrinfo ENOTFOUND host" -> its last line. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split('\n').at(-1)?.trim() || 'unknown error';
}
