import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { ParentMessage, ServerMessage } from '../server.js';

export interface Target {
  name: 'huddle' | 'bare';
  pid: number;
  url: string;
  codes: string[];
  /** Handshake auth for participant `i` (members for Huddle, nothing needed for bare). */
  auth(i: number): object;
  memory(): Promise<{ heapUsed: number; rss: number }>;
  /** Profiles what the server does until `profileStop` (only with BENCH_CPU_PROF). */
  profileStart(): Promise<void>;
  profileStop(scenario: string): Promise<void>;
  stop(): Promise<void>;
}

const serverScript = new URL('../server.ts', import.meta.url).pathname;

/** Starts a benchmark server in a child process and waits until it listens. */
export async function startTarget(
  name: Target['name'],
  env: Record<string, string>,
): Promise<Target> {
  const child: ChildProcess = fork(serverScript, [name], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the ${name} server exited with code ${String(code)}`);
  });
  const ready = new Promise<Extract<ServerMessage, { type: 'ready' }>>((resolve) => {
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'ready') resolve(message);
    });
  });
  const { url, codes, auths } = await Promise.race([ready, exited]);
  const request = (message: ParentMessage) => child.send(message);
  /** Sends `message` and resolves with the server's next message of type `reply`. */
  const ask = <T extends ServerMessage['type']>(message: ParentMessage, reply: T) =>
    new Promise<Extract<ServerMessage, { type: T }>>((resolve) => {
      const onMessage = (answer: ServerMessage) => {
        if (answer.type !== reply) return;
        child.off('message', onMessage);
        resolve(answer as Extract<ServerMessage, { type: T }>);
      };
      child.on('message', onMessage);
      request(message);
    });

  return {
    name,
    pid: child.pid ?? 0,
    url,
    codes,
    auth: (i) => auths[i % Math.max(1, auths.length)] ?? { name: `Guest ${i}` },
    memory: async () => {
      const { heapUsed, rss } = await ask({ type: 'memory' }, 'memory');
      return { heapUsed, rss };
    },
    profileStart: async () => {
      await ask({ type: 'profile-start' }, 'profiling');
    },
    profileStop: async (scenario) => {
      await ask({ type: 'profile-stop', scenario }, 'profiled');
    },
    stop: async () => {
      exited.catch(() => undefined);
      if (child.exitCode !== null) return;
      const gone = once(child, 'exit');
      request({ type: 'stop' });
      await gone;
    },
  };
}
