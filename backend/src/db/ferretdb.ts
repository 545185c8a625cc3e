import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../config.js';

const run = promisify(execFile);
const SCRIPT = join(repoRoot, 'scripts', 'ferretdb.sh');
const BUILD_TIMEOUT_MS = 15 * 60_000;

export interface DatabaseServer {
  /** `mongodb://host:port/`, without a database name. */
  uri: string;
  /** What it is, for reports. */
  source: string;
  stop(): Promise<void>;
}

/**
 * Starts FerretDB with its data in `dir` (kept after stop), or in the PostgreSQL database at
 * `postgresqlUrl`, through scripts/ferretdb.sh, the one place that builds, starts and stops it;
 * on `port` when given, else on a free one.
 */
export async function startFerretDb(
  dir: string,
  port?: number,
  postgresqlUrl?: string,
): Promise<DatabaseServer> {
  const { stdout } = await run('bash', [SCRIPT, 'start', dir, port ? String(port) : ''], {
    timeout: BUILD_TIMEOUT_MS,
    env: { ...process.env, FERRETDB_POSTGRESQL_URL: postgresqlUrl ?? '' },
  });
  return {
    uri: stdout.trim(),
    source: `FerretDB 1.24 (${postgresqlUrl ? 'PostgreSQL' : 'SQLite'})`,
    stop: async () => {
      await run('bash', [SCRIPT, 'stop', dir]);
    },
  };
}

/**
 * A server for tests and benchmarks: `existingUri` when given (CI passes MONGODB_URI), else a
 * FerretDB in a temporary folder, else mongodb-memory-server. Stopping removes what it made.
 */
export async function startScratchServer(existingUri?: string): Promise<DatabaseServer> {
  if (existingUri) return { uri: existingUri, source: 'MONGODB_URI', stop: async () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'huddle-db-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  try {
    const server = await startFerretDb(dir);
    return {
      ...server,
      source: `${server.source}, started for this run`,
      stop: async () => {
        await server.stop();
        removeDir();
      },
    };
  } catch {
    removeDir();
    const { MongoMemoryServer } = await import('mongodb-memory-server');
    const server = await MongoMemoryServer.create();
    return {
      uri: server.getUri(),
      source: 'mongodb-memory-server, started for this run',
      stop: async () => {
        await server.stop();
      },
    };
  }
}
