import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);
const script = new URL('../../../scripts/ferretdb.sh', import.meta.url).pathname;

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}

/**
 * Chooses the suite's database server: MONGODB_URI when set (CI exports a FerretDB one),
 * otherwise a FerretDB started for this run, otherwise mongodb-memory-server.
 * Every test file then works in a database of its own on that server.
 */
export default async function setup(project: TestProject) {
  const fromEnv = process.env.MONGODB_URI;
  if (fromEnv) {
    project.provide('mongoUri', fromEnv);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'huddle-test-db-'));
  try {
    const { stdout } = await run('bash', [script, 'start', dir], { timeout: 10 * 60_000 });
    project.provide('mongoUri', stdout.trim());
    return async () => {
      await run('bash', [script, 'stop', dir]);
      rmSync(dir, { recursive: true, force: true });
    };
  } catch {
    rmSync(dir, { recursive: true, force: true });
    const { MongoMemoryServer } = await import('mongodb-memory-server');
    const server = await MongoMemoryServer.create();
    project.provide('mongoUri', server.getUri());
    return async () => {
      await server.stop();
    };
  }
}
