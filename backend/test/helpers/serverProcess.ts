import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { TEST_ORIGIN } from './app.js';

const BACKEND_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** A free loopback port (taken, then released). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * The real server (src/server.ts) in a process of its own, as pm2 runs it: with an IPC channel
 * on which it reports `ready`, and its JSON log lines collected.
 */
export async function spawnServer(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: BACKEND_DIR,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: String(port),
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
      CORS_ORIGINS: TEST_ORIGIN,
      SERVE_SPA: 'false',
      ...env,
    },
  });
  let output = '';
  const logWatchers = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    for (const watch of logWatchers) watch();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  let isReady = false;
  const ready = new Promise<void>((resolve) => {
    child.on('message', (message) => {
      if (message !== 'ready') return;
      isReady = true;
      resolve();
    });
  });
  const exited = once(child, 'exit');

  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    ready,
    isReady: () => isReady,
    output: () => output,
    /** Resolves once a log line matches `pattern`. */
    logged(pattern: RegExp): Promise<void> {
      return new Promise((resolve) => {
        const watch = () => {
          if (!pattern.test(output)) return;
          logWatchers.delete(watch);
          resolve();
        };
        logWatchers.add(watch);
        watch();
      });
    },
    async stop(): Promise<void> {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export type ServerProcess = Awaited<ReturnType<typeof spawnServer>>;
