import mongoose from 'mongoose';
import { afterEach, inject } from 'vitest';
import { freePort, ServerProcess } from '../helpers/serverProcess.js';

/** Server processes for one test file, on this file's database; all are killed after each test. */
export function useServerProcesses() {
  const started: ServerProcess[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.kill('SIGKILL')));
  });

  /** This file's own database (useTestDatabase) as a URI for a child process. */
  const databaseUri = () => {
    const url = new URL(inject('mongoUri'));
    url.pathname = `/${mongoose.connection.name}`;
    return url.toString();
  };

  return async (env: Record<string, string> = {}): Promise<ServerProcess> => {
    const server = new ServerProcess(await freePort(), { MONGODB_URI: databaseUri(), ...env });
    started.push(server);
    await server.start();
    return server;
  };
}

/** Resolves with `promise`, or fails naming `what` once `ms` have passed: the property's bound. */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
