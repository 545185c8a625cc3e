import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { ParentMessage, ServerMessage } from '../server.js';

export interface Target {
  name: 'huddle' | 'bare';
  url: string;
  codes: string[];
  /** Handshake auth for participant `i` (members for Huddle, nothing needed for bare). */
  auth(i: number): object;
  memory(): Promise<{ heapUsed: number; rss: number }>;
  stop(): Promise<void>;
}

const serverScript = new URL('../server.ts', import.meta.url).pathname;
/** BENCH_CPU_PROF=DIR: each server writes a V8 CPU profile (`node --cpu-prof`) into DIR on exit. */
const profileArgs = process.env.BENCH_CPU_PROF
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
  : [];

/** Starts a benchmark server in a child process and waits until it listens. */
export async function startTarget(
  name: Target['name'],
  env: Record<string, string>,
): Promise<Target> {
  const child: ChildProcess = fork(serverScript, [name], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...profileArgs],
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

  return {
    name,
    url,
    codes,
    auth: (i) => auths[i % Math.max(1, auths.length)] ?? { name: `Guest ${i}` },
    memory: () =>
      new Promise((resolve) => {
        const onMessage = (message: ServerMessage) => {
          if (message.type !== 'memory') return;
          child.off('message', onMessage);
          resolve({ heapUsed: message.heapUsed, rss: message.rss });
        };
        child.on('message', onMessage);
        request({ type: 'memory' });
      }),
    stop: async () => {
      exited.catch(() => undefined);
      if (child.exitCode !== null) return;
      const gone = once(child, 'exit');
      request({ type: 'stop' });
      await gone;
    },
  };
}
