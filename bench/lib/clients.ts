import type { ClientToServerEvents, ServerToClientEvents } from '@huddle/contract';
import { io, type Socket } from 'socket.io-client';
import { deadline } from '../../backend/src/lib/deadline.js';
import { mapLimit } from './limit.js';
import type { Target } from './target.js';

export type BenchClient = Socket<ServerToClientEvents, ClientToServerEvents>;

const CONNECT_CONCURRENCY = 100;

export async function connectClients(target: Target, count: number): Promise<BenchClient[]> {
  const indexes = Array.from({ length: count }, (_, i) => i);
  return deadline(
    mapLimit(indexes, CONNECT_CONCURRENCY, async (i) => {
      const socket: BenchClient = io(target.url, {
        auth: target.auth(i),
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      return socket;
    }),
    120_000,
    `connecting ${count} clients`,
  );
}

export async function disconnectAll(clients: BenchClient[]): Promise<void> {
  for (const client of clients) client.disconnect();
}

/** Participant `i` is in meeting `floor(i / size)`. */
export function meetingOf(target: Target, i: number, size: number): string {
  return target.codes[Math.floor(i / size)] ?? '';
}

export function check<T>(ack: { ok: true; data: T } | { ok: false; error: { code: string } }): T {
  if (!ack.ok) throw new Error(`the server answered ${ack.error.code}`);
  return ack.data;
}
