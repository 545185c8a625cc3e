import { check, type BenchClient } from '../lib/clients.js';
import { deadline } from '../../backend/src/lib/deadline.js';
import type { Measurement } from '../lib/stats.js';
import type { Target } from '../lib/target.js';

/**
 * Every participant (already joined) sends `perClient` ICE candidates to the next participant
 * of its meeting, each after the previous one's ack. Latency: send to receipt.
 */
export async function runSignal(
  target: Target,
  clients: BenchClient[],
  meetingSize: number,
  perClient: number,
): Promise<Measurement> {
  const expected = clients.length * perClient;
  const latenciesMs: number[] = [];
  let resolveAll: () => void = () => undefined;
  const allDelivered = new Promise<void>((resolve) => (resolveAll = resolve));
  const onSignal = ({ data }: { data: unknown }) => {
    const sentAt = Number((data as { candidate: { candidate: string } }).candidate.candidate);
    latenciesMs.push(performance.now() - sentAt);
    if (latenciesMs.length === expected) resolveAll();
  };
  for (const client of clients) client.on('signal', onSignal);

  const started = performance.now();
  await Promise.all(
    clients.map(async (client, i) => {
      const first = i - (i % meetingSize);
      const peer = clients[first + ((i + 1) % meetingSize)];
      for (let n = 0; n < perClient; n += 1) {
        const candidate = { candidate: String(performance.now()), sdpMid: '0', sdpMLineIndex: 0 };
        check(await client.emitWithAck('signal', { to: peer?.id ?? '', data: { candidate } }));
      }
    }),
  );
  await allDelivered;
  const seconds = (performance.now() - started) / 1000;
  for (const client of clients) client.off('signal', onSignal);

  return {
    scenario: `signalling relay (${clients.length} participants, ${perClient} candidates each)`,
    target: target.name,
    operations: expected,
    unit: 'signals',
    seconds,
    latenciesMs,
  };
}

export async function runSignalBounded(...args: Parameters<typeof runSignal>) {
  return deadline(runSignal(...args), 180_000, 'the signalling benchmark');
}
