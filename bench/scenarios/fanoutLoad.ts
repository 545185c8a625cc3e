import type { BenchClient } from '../lib/clients.js';
import type { Measurement } from '../lib/stats.js';
import type { Target } from '../lib/target.js';

const TICK_MS = 10;
/** After the last send, how long deliveries may still arrive before the rest count as lost. */
const GRACE_MS = 5000;

export interface LoadResult extends Measurement {
  offeredPerSecond: number;
  deliveredShare: number;
}

/**
 * Open loop: chat messages are sent at a fixed rate (round robin over the joined clients,
 * without waiting for acks) so that `deliveriesPerSecond` deliveries are offered for `seconds`.
 * Latency: send to each delivery; deliveries later than the grace period count as lost.
 */
export async function runFanoutLoad(
  target: Target,
  clients: BenchClient[],
  meetingSize: number,
  deliveriesPerSecond: number,
  seconds: number,
): Promise<LoadResult> {
  const messagesPerSecond = deliveriesPerSecond / meetingSize;
  const total = Math.round(messagesPerSecond * seconds);
  const expected = total * meetingSize;
  const latenciesMs: number[] = [];
  let resolveAll: () => void = () => undefined;
  const allDelivered = new Promise<void>((resolve) => (resolveAll = resolve));
  const onMessage = ({ message }: { message: { text: string } }) => {
    latenciesMs.push(performance.now() - Number(message.text));
    if (latenciesMs.length === expected) resolveAll();
  };
  for (const client of clients) client.on('chat:message', onMessage);

  const started = performance.now();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(
        total,
        Math.floor(((performance.now() - started) / 1000) * messagesPerSecond),
      );
      for (; sent < due; sent += 1) {
        clients[sent % clients.length]?.emit(
          'chat:send',
          { text: String(performance.now()) },
          () => undefined,
        );
      }
      if (sent >= total) {
        clearInterval(timer);
        resolve();
      }
    }, TICK_MS);
  });
  await Promise.race([allDelivered, new Promise((resolve) => setTimeout(resolve, GRACE_MS))]);
  const elapsed = (performance.now() - started) / 1000;
  for (const client of clients) client.off('chat:message', onMessage);

  return {
    scenario: `chat load (${clients.length / meetingSize} meetings of ${meetingSize}, ${deliveriesPerSecond.toLocaleString('en-US')} deliveries/s offered)`,
    target: target.name,
    operations: latenciesMs.length,
    unit: 'deliveries',
    seconds: Math.min(elapsed, seconds + GRACE_MS / 1000),
    latenciesMs,
    offeredPerSecond: deliveriesPerSecond,
    deliveredShare: latenciesMs.length / expected,
  };
}
