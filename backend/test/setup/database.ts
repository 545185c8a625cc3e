import type { TestProject } from 'vitest/node';
import { startScratchServer } from '../../src/db/ferretdb.js';

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
  const server = await startScratchServer(process.env.MONGODB_URI);
  project.provide('mongoUri', server.uri);
  return server.stop;
}
