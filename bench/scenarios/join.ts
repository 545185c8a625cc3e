import { check, meetingOf, type BenchClient } from '../lib/clients.js';
import { deadline } from '../../backend/src/lib/deadline.js';
import { mapLimit } from '../lib/limit.js';
import type { Measurement } from '../lib/stats.js';
import type { Target } from '../lib/target.js';

const IN_FLIGHT = 100;

/**
 * Every participant joins its meeting, `rounds` times (leaving in between), with at most
 * IN_FLIGHT joins outstanding. Latency: emit to ack. Leaves the clients joined.
 */
export async function runJoin(
  target: Target,
  clients: BenchClient[],
  meetingSize: number,
  rounds: number,
): Promise<Measurement> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    if (round > 0) {
      await mapLimit(clients, IN_FLIGHT, async (client) => {
        check(await client.emitWithAck('meeting:leave', {}));
      });
    }
    await mapLimit(clients, IN_FLIGHT, async (client, i) => {
      const code = meetingOf(target, i, meetingSize);
      const sent = performance.now();
      check(await client.emitWithAck('meeting:join', { code, audio: true, video: true }));
      latenciesMs.push(performance.now() - sent);
    });
  }
  return {
    scenario: `join (${clients.length} participants × ${rounds}, ${IN_FLIGHT} in flight)`,
    target: target.name,
    operations: latenciesMs.length,
    unit: 'joins',
    // Leaves between rounds are not counted as operations but their time is (they are cheap).
    seconds: (performance.now() - started) / 1000,
    latenciesMs,
  };
}

export async function runJoinBounded(...args: Parameters<typeof runJoin>) {
  return deadline(runJoin(...args), 180_000, 'the join benchmark');
}
