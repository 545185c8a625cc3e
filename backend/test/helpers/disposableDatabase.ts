import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import mongoose from 'mongoose';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ensureIndexes } from '../../src/db/connect.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFerretDb, type DatabaseServer } from '../../src/db/ferretdb.js';

/**
 * A FerretDB of one test file's own, so that it can be stopped, started again on the same port,
 * or frozen with SIGSTOP, as a real outage would.
 */
export class DisposableDatabase {
  readonly dir = mkdtempSync(join(tmpdir(), 'huddle-outage-'));
  private server: DatabaseServer | undefined;

  constructor(private port?: number) {}

  /** Starts it (on its earlier port, if it ran before) and returns its URI with a database name. */
  async start(): Promise<string> {
    this.server = await startFerretDb(this.dir, this.port);
    this.port = Number(new URL(this.server.uri).port);
    return this.uri();
  }

  /** The URI it has or will have once started on `port`. */
  uri(): string {
    return `mongodb://127.0.0.1:${this.port}/huddle_outage`;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }

  /**
   * SIGSTOP (true) or SIGCONT (false): the process keeps its sockets open but answers nothing.
   * Thawing a server that is not running does nothing, so teardown can always thaw.
   */
  freeze(frozen: boolean): void {
    const pidFile = join(this.dir, 'ferretdb.pid');
    if (!frozen && !existsSync(pidFile)) return;
    process.kill(Number(readFileSync(pidFile, 'utf8')), frozen ? 'SIGSTOP' : 'SIGCONT');
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A test file's own database for outages, with mongoose connected to it. Call it after
 * useRealtime, so that its thaw runs before the servers' teardown and they can drain their writes.
 */
export function useOutageDatabase(): DisposableDatabase {
  const database = new DisposableDatabase();
  afterEach(() => database.freeze(false));
  beforeAll(async () => {
    await mongoose.connect(await database.start(), { serverSelectionTimeoutMS: 1000 });
    await ensureIndexes();
  });
  afterAll(async () => {
    database.freeze(false);
    await mongoose.disconnect();
    await database.stop();
    database.dispose();
  });
  return database;
}
