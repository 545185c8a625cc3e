import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../config.js';
import type { Logger } from '../lib/logger.js';

export interface EmbeddedDatabase {
  uri: string;
  stop(): Promise<void>;
}

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
      logger.warn({ reason: (error as Error).message }, 'no mongod available, trying FerretDB');
    }
  }
  try {
    return await startFerretDb(ferretDir, logger);
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
  const server = await MongoMemoryServer.create({
    instance: { dbPath, storageEngine: 'wiredTiger', ip: '127.0.0.1' },
  });
  return {
    uri: server.getUri(DB_NAME),
    stop: async () => {
      await server.stop({ doCleanup: false });
    },
  };
}

async function startFerretDb(dir: string, logger: Logger): Promise<EmbeddedDatabase> {
  mkdirSync(dir, { recursive: true });
  logger.info('preparing FerretDB (the first run builds it, about two minutes)');
  const script = join(repoRoot, 'scripts', 'ferretdb.sh');
  const { stdout } = await promisify(execFile)('bash', [script, 'build'], { timeout: 15 * 60_000 });
  const binary = stdout.trim();
  const port = await freePort();
  const log = openSync(join(dir, 'ferretdb.log'), 'a');
  const child = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${dir}`,
      '--debug-addr=-',
      '--telemetry=disable',
      '--log-level=warn',
    ],
    { stdio: ['ignore', log, log] },
  );
  await waitForPort(port, child);
  logger.info({ port, dir }, 'FerretDB started');
  return {
    uri: `mongodb://127.0.0.1:${port}/${DB_NAME}`,
    stop: () => stopChild(child),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`FerretDB exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => done(socket.end() !== undefined));
      socket.once('error', () => done(false));
    });
    if (open) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error('FerretDB did not start listening');
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
