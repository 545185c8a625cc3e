import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = new URL('../../scripts/ferretdb.sh', import.meta.url).pathname;

export interface BenchDatabase {
  uri: string;
  source: string;
  stop(): Promise<void>;
}

/** MONGODB_URI when set, otherwise a FerretDB of the benchmark's own in a temporary folder. */
export async function benchDatabase(): Promise<BenchDatabase> {
  const fromEnv = process.env.MONGODB_URI;
  if (fromEnv) return { uri: fromEnv, source: 'MONGODB_URI', stop: async () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'huddle-bench-db-'));
  const { stdout } = await run('bash', [script, 'start', dir], { timeout: 10 * 60_000 });
  return {
    uri: stdout.trim(),
    source: 'FerretDB 1.24 (SQLite), started for this run',
    stop: async () => {
      await run('bash', [script, 'stop', dir]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
