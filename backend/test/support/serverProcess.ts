import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { TEST_ORIGIN } from '../helpers/app.js';

const BACKEND_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

/** A free loopback port, so that a process can be killed and started again on the same one. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * The real server (`src/server.ts`, as `npm run dev` runs it) in a child process on a fixed
 * port, which a test can kill with any signal and start again on that same port.
 */
export class ServerProcess {
  readonly url: string;
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Starts it and resolves once it listens with its database connected. */
  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: BACKEND_DIR,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        LOG_LEVEL: 'info',
        JWT_SECRET: TEST_SECRET,
        CORS_ORIGINS: TEST_ORIGIN,
        BCRYPT_COST: '10',
        SHUTDOWN_TIMEOUT_MS: '5000',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    let log = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('"database connected"')) resolve();
      });
      child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      child.once('exit', (code) =>
        reject(new Error(`server exited (${code}) while starting:\n${log}`)),
      );
    });
  }

  /** Sends `signal` and resolves once the process is gone. */
  async kill(signal: NodeJS.Signals): Promise<void> {
    this.child?.kill(signal);
    await this.exited;
  }
}
