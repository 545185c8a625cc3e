import { runFanoutBounded } from '../scenarios/fanout.js';
import { runFanoutLoad } from '../scenarios/fanoutLoad.js';
import { leaveAll, runJoinBounded } from '../scenarios/join.js';
import { runMemory } from '../scenarios/memory.js';
import { runSignalBounded } from '../scenarios/signal.js';
import { connectClients, disconnectAll, type BenchClient } from './clients.js';
import { measureCpu, type CpuSplit } from './cpu.js';
import { summarize, type Measurement } from './stats.js';
import { startTarget, type Target } from './target.js';

export interface CompareOptions {
  env: Record<string, string>;
  meetings: number;
  meetingSize: number;
  /** Join, closed-loop chat, signalling and idle memory; otherwise only join and the load. */
  closedLoop: boolean;
  loadRates: number[];
  chatPerClient?: number;
  signalsPerClient?: number;
  idleConnections?: number;
  log(message: string): void;
}

/** One measured scenario on one server. */
export interface Result {
  scenario: string;
  target: Target['name'];
  throughput: number;
  p50: number;
  p99: number;
  delivered?: number;
  heapPerConnection?: number;
  /** CPU time per part during the scenario, in ms. */
  cpu?: CpuSplit;
  /** Operations the scenario counted (deliveries, joins), for CPU per operation. */
  operations?: number;
}

interface Side {
  target: Target;
  clients: BenchClient[];
}

const LOAD_SECONDS = 5;
/** BENCH_SCENARIOS (comma-separated: join, fanout, signal, load, memory) runs only those. */
const SCENARIOS = process.env.BENCH_SCENARIOS?.split(',');
const wanted = (name: string) => SCENARIOS === undefined || SCENARIOS.includes(name);

function toResult(measurement: Measurement, extra: Partial<Result> = {}): Result {
  const { throughput, p50, p99 } = summarize(measurement);
  const scenario = measurement.scenario.replace(/ \(.*\)$/, '');
  const { target, operations } = measurement;
  return { scenario, target, throughput, p50, p99, operations, ...extra };
}

/**
 * Both servers run side by side (each idle while the other is measured) and the scenarios
 * alternate between them, so that noise from the rest of the machine falls on both alike.
 */
export async function compare(options: CompareOptions): Promise<Result[]> {
  const { meetings, meetingSize, log } = options;
  const participants = meetings * meetingSize;
  const env = {
    ...options.env,
    BENCH_MEETINGS: String(meetings),
    BENCH_MEMBERS: String(participants),
  };
  const sides: Side[] = [];
  const results: Result[] = [];
  const label = `${meetings}×${meetingSize}`;
  const each = async (name: string, run: (side: Side) => Promise<Result | undefined>) => {
    for (const side of sides) {
      log(`${side.target.name}: ${name} (${label})`);
      await side.target.profileStart();
      const { result, cpu } = await measureCpu(side.target.pid, () => run(side));
      await side.target.profileStop(`${name} ${label}`);
      if (result) results.push({ ...result, cpu });
    }
  };
  try {
    for (const name of ['huddle', 'bare'] as const) {
      sides.push({ target: await startTarget(name, env), clients: [] });
    }
    // Measured first, on servers that have done nothing yet: after the other scenarios a server
    // still holds their garbage and the packets it keeps for connection-state recovery, which
    // would be freed while the idle connections are measured.
    if (options.closedLoop && wanted('memory')) {
      for (const { target } of sides) {
        log(`${target.name}: memory with ${options.idleConnections ?? 5000} idle connections`);
        const memory = await runMemory(target, options.idleConnections ?? 5000);
        results.push({
          scenario: 'idle connection memory',
          target: target.name,
          throughput: Number.NaN,
          p50: Number.NaN,
          p99: Number.NaN,
          heapPerConnection: memory.heapPerConnection,
        });
      }
    }
    for (const side of sides) {
      log(`${side.target.name}: connecting ${participants} participants`);
      side.clients = await connectClients(side.target, participants);
    }
    // The first join into each meeting reads it (and its chat) from the database; a join
    // again, after everyone left, finds both in memory and writes only the Activity.
    await each('first join', async ({ target, clients }) => {
      const first = await runJoinBounded(target, clients, meetingSize, 'first join');
      return wanted('join') ? toResult(first) : undefined;
    });
    // Not at 1,000 × 5: on FerretDB-SQLite its 5,000 leaves keep the database busy for longer
    // than a join waits for it.
    if (options.closedLoop && wanted('join')) {
      for (const side of sides) await leaveAll(side.clients);
      await each('join again', async ({ target, clients }) =>
        toResult(await runJoinBounded(target, clients, meetingSize, 'join')),
      );
    }
    if (options.closedLoop && wanted('fanout')) {
      await each('chat fan-out', async ({ target, clients }) =>
        toResult(await runFanoutBounded(target, clients, meetingSize, options.chatPerClient ?? 3)),
      );
    }
    if (options.closedLoop && wanted('signal')) {
      await each('signalling', async ({ target, clients }) =>
        toResult(
          await runSignalBounded(target, clients, meetingSize, options.signalsPerClient ?? 10),
        ),
      );
    }
    for (const rate of wanted('load') ? options.loadRates : []) {
      await each(`load ${rate}/s`, async ({ target, clients }) => {
        const load = await runFanoutLoad(target, clients, meetingSize, rate, LOAD_SECONDS);
        return {
          ...toResult(load),
          scenario: `chat at ${rate / 1000}k/s offered`,
          delivered: load.deliveredShare,
        };
      });
    }
    return results.map((result) => ({ ...result, scenario: `${result.scenario} (${label})` }));
  } finally {
    for (const side of sides) {
      await disconnectAll(side.clients);
      await side.target.stop();
    }
  }
}
