import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * The built app (backend/dist serving frontend/dist) on a free loopback port, or on `port` when
 * given (a restart of an earlier one, whose log it appends to), logging to `logFile`. `kill` sends
 * any signal and resolves once the process is gone.
 */
export async function startBuiltApp(logFile: string, env: Record<string, string>, port?: number) {
  const restart = port !== undefined;
  port ??= await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, restart ? 'a' : 'w');
  const server = spawn(process.execPath, [join(root, 'backend', 'dist', 'server.js')], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      CORS_ORIGINS: baseUrl,
      SERVE_SPA: 'true',
      BCRYPT_COST: '10',
      LOGIN_MAX_PER_IP: '1000',
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  await waitUntilAnswering(baseUrl, logFile, () => server.exitCode);
  const kill = (signal: NodeJS.Signals) =>
    new Promise<void>((done) => {
      if (server.exitCode !== null || server.signalCode !== null) return done();
      server.once('exit', () => done());
      server.kill(signal);
    });
  return { baseUrl, port, kill, stop: () => kill('SIGTERM') };
}

export function withDatabase(uri: string, dbName: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)\/?[^?]*(\?.*)?$/.exec(uri);
  if (!match) throw new Error('MONGODB_URI is not a mongodb:// URI');
  return `${match[1]}/${dbName}${match[2] ?? ''}`;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves once /readyz answers 200; `exited` fails it early when the app is gone. */
export async function waitUntilAnswering(
  baseUrl: string,
  logFile: string,
  exited: () => number | null = () => null,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const code = exited();
    if (code !== null) throw new Error(`the app exited with code ${code}; see ${logFile}`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`the app did not become ready within 60 s; see ${logFile}`);
}
