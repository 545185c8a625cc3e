import { check, meetingOf, type BenchClient } from '../lib/clients.js';
import { deadline } from '../../backend/src/lib/deadline.js';
import { mapLimit } from '../lib/limit.js';
import type { Measurement } from '../lib/stats.js';
import type { Target } from '../lib/target.js';

const IN_FLIGHT = 100;

/**
 * Every participant joins its meeting once, with at most IN_FLIGHT joins outstanding.
 * Latency: emit to ack. Leaves the clients joined. `scenario` tells a first join (the server
 * has not seen the meetings since it started, so it reads each from the database) from a join
 * again after leaving (the meetings are known).
 */
export async function runJoin(
  target: Target,
  clients: BenchClient[],
  meetingSize: number,
  scenario: 'first join' | 'join',
): Promise<Measurement> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  await mapLimit(clients, IN_FLIGHT, async (client, i) => {
    const code = meetingOf(target, i, meetingSize);
    const sent = performance.now();
    check(await client.emitWithAck('meeting:join', { code, audio: true, video: true }));
    latenciesMs.push(performance.now() - sent);
  });
  return {
    scenario: `${scenario} (${clients.length} participants, ${IN_FLIGHT} in flight)`,
    target: target.name,
    operations: latenciesMs.length,
    unit: 'joins',
    seconds: (performance.now() - started) / 1000,
    latenciesMs,
  };
}

/** Every participant leaves its meeting (not measured). */
export async function leaveAll(clients: BenchClient[]): Promise<void> {
  await mapLimit(clients, IN_FLIGHT, async (client) => {
    check(await client.emitWithAck('meeting:leave', {}));
  });
}

export async function runJoinBounded(...args: Parameters<typeof runJoin>) {
  return deadline(runJoin(...args), 180_000, 'the join benchmark');
}
