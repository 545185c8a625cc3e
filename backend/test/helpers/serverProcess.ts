import { spawn, type ChildProcess } from 'node:child_process';
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
 * The real server (src/server.ts) in a process of its own on a fixed port, as pm2 runs it: with
 * an IPC channel on which it reports `ready`, and its log (since the last start) collected. A test can kill it with any
 * signal (or freeze it by `pid`) and start it again on that same port.
 */
export class ServerProcess {
  readonly url: string;
  private child: ChildProcess | undefined;
  private exited: Promise<unknown> = Promise.resolve();
  private log = '';
  private reportedReady = false;
  private readonly logWatchers = new Set<() => void>();

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  get pid(): number {
    return this.child?.pid ?? 0;
  }

  /** Starts it; resolves once it reports ready (listening, database connected), fails if it exits first. */
  start(): Promise<void> {
    this.reportedReady = false;
    this.log = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: BACKEND_DIR,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
        CORS_ORIGINS: TEST_ORIGIN,
        SERVE_SPA: 'false',
        BCRYPT_COST: '10',
        SHUTDOWN_TIMEOUT_MS: '5000',
        ...this.env,
      },
    });
    this.child = child;
    this.exited = once(child, 'exit');
    const collect = (chunk: Buffer) => {
      this.log += chunk.toString();
      for (const watch of this.logWatchers) watch();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    return new Promise((resolve, reject) => {
      child.on('message', (message) => {
        if (message !== 'ready') return;
        this.reportedReady = true;
        resolve();
      });
      child.once('exit', (code) =>
        reject(new Error(`server exited (${code}) while starting:\n${this.log}`)),
      );
    });
  }

  isReady(): boolean {
    return this.reportedReady;
  }

  /** What it has logged since it last started. */
  output(): string {
    return this.log;
  }

  /** Resolves once a log line matches `pattern`. */
  logged(pattern: RegExp): Promise<void> {
    return new Promise((resolve) => {
      const watch = () => {
        if (!pattern.test(this.log)) return;
        this.logWatchers.delete(watch);
        resolve();
      };
      this.logWatchers.add(watch);
      watch();
    });
  }

  /** Sends `signal` and resolves once the process is gone. */
  async kill(signal: NodeJS.Signals): Promise<void> {
    if (this.child?.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    await this.exited;
  }

  stop(): Promise<void> {
    return this.kill('SIGTERM');
  }
}
