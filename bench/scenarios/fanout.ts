import { check, type BenchClient } from '../lib/clients.js';
import { deadline } from '../../backend/src/lib/deadline.js';
import type { Measurement } from '../lib/stats.js';
import type { Target } from '../lib/target.js';

/**
 * Every participant (already joined) sends `perClient` chat messages, each after the previous
 * one's ack; every message reaches the `meetingSize` participants of its meeting.
 * Latency: send to each delivery. Throughput: deliveries per second.
 */
export async function runFanout(
  target: Target,
  clients: BenchClient[],
  meetingSize: number,
  perClient: number,
): Promise<Measurement> {
  const expected = clients.length * perClient * meetingSize;
  const latenciesMs: number[] = [];
  let resolveAll: () => void = () => undefined;
  const allDelivered = new Promise<void>((resolve) => (resolveAll = resolve));
  const onMessage = ({ message }: { message: { text: string } }) => {
    latenciesMs.push(performance.now() - Number(message.text));
    if (latenciesMs.length === expected) resolveAll();
  };
  for (const client of clients) client.on('chat:message', onMessage);

  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      for (let i = 0; i < perClient; i += 1) {
        check(await client.emitWithAck('chat:send', { text: String(performance.now()) }));
      }
    }),
  );
  await allDelivered;
  const seconds = (performance.now() - started) / 1000;
  for (const client of clients) client.off('chat:message', onMessage);

  return {
    scenario: `chat fan-out (${clients.length / meetingSize} meetings of ${meetingSize}, ${perClient} msgs each)`,
    target: target.name,
    operations: expected,
    unit: 'deliveries',
    seconds,
    latenciesMs,
  };
}

export async function runFanoutBounded(...args: Parameters<typeof runFanout>) {
  return deadline(runFanout(...args), 180_000, 'the chat fan-out benchmark');
}
