import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  startFerretDb,
  startScratchServer,
  type DatabaseServer,
} from '../../backend/src/db/ferretdb.js';

const run = promisify(execFile);
const POSTGRES = ['-h', '127.0.0.1', '-U', 'postgres'];

export type BenchBackend = 'sqlite' | 'postgresql';

/**
 * The database the benchmark runs on: FerretDB on SQLite (MONGODB_URI when set), or FerretDB on
 * a scratch database of the local PostgreSQL (127.0.0.1:5432, trust auth), dropped afterwards.
 */
export async function benchDatabase(backend: BenchBackend): Promise<DatabaseServer> {
  if (backend === 'sqlite') return startScratchServer(process.env.MONGODB_URI);
  const name = `huddle_bench_${randomBytes(4).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'huddle-bench-'));
  await run('createdb', [...POSTGRES, name]);
  const server = await startFerretDb(dir, undefined, `postgres://postgres@127.0.0.1:5432/${name}`);
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await run('dropdb', [...POSTGRES, '--if-exists', name]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
