/**
 * Realtime benchmarks: Huddle against a bare Socket.IO room server, measured in the same run on
 * loopback, each server in a process of its own and the load generator in this one.
 * `npm run bench` at the root. Sizes can be changed with BENCH_MEETINGS, BENCH_MEETING_SIZE,
 * BENCH_CHAT_PER_CLIENT, BENCH_SIGNALS_PER_CLIENT, BENCH_JOIN_ROUNDS, BENCH_IDLE_CONNECTIONS;
 * DB_MAX_POOL_SIZE sets the server's mongoose pool size, as it does for the app (default 10).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { connectClients, disconnectAll, type BenchClient } from './lib/clients.js';
import { benchDatabase } from './lib/database.js';
import { fmt, formatTable, summarize, type Measurement } from './lib/stats.js';
import { startTarget, type Target } from './lib/target.js';
import { runFanoutBounded } from './scenarios/fanout.js';
import { runJoinBounded } from './scenarios/join.js';
import { runMemory, type MemoryResult } from './scenarios/memory.js';
import { runSignalBounded } from './scenarios/signal.js';

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const MEETINGS = size('BENCH_MEETINGS', 200);
const MEETING_SIZE = size('BENCH_MEETING_SIZE', 5);
const CHAT_PER_CLIENT = size('BENCH_CHAT_PER_CLIENT', 3);
const SIGNALS_PER_CLIENT = size('BENCH_SIGNALS_PER_CLIENT', 10);
const JOIN_ROUNDS = size('BENCH_JOIN_ROUNDS', 1);
const IDLE_CONNECTIONS = size('BENCH_IDLE_CONNECTIONS', 5000);
const PARTICIPANTS = MEETINGS * MEETING_SIZE;

function log(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

interface Side {
  target: Target;
  clients: BenchClient[];
}

/**
 * Both servers run side by side (each idle while the other is measured) and the scenarios
 * alternate between them, so that noise from the rest of the machine falls on both alike.
 */
async function compare(env: Record<string, string>) {
  const sides: Side[] = [];
  try {
    for (const name of ['huddle', 'bare'] as const) {
      const side: Side = { target: await startTarget(name, env), clients: [] };
      sides.push(side);
      log(`${name}: connecting ${PARTICIPANTS} participants`);
      side.clients = await connectClients(side.target, PARTICIPANTS);
    }
    const each = async (label: string, run: (side: Side) => Promise<Measurement>) => {
      const pair: Measurement[] = [];
      for (const side of sides) {
        log(`${side.target.name}: ${label}`);
        pair.push(await run(side));
      }
      return pair as [huddle: Measurement, bare: Measurement];
    };
    const join = await each('join', ({ target, clients }) =>
      runJoinBounded(target, clients, MEETING_SIZE, JOIN_ROUNDS),
    );
    await each('warm-up', ({ target, clients }) =>
      runSignalBounded(target, clients, MEETING_SIZE, 2),
    );
    const fanout = await each('chat fan-out', ({ target, clients }) =>
      runFanoutBounded(target, clients, MEETING_SIZE, CHAT_PER_CLIENT),
    );
    const signal = await each('signalling', ({ target, clients }) =>
      runSignalBounded(target, clients, MEETING_SIZE, SIGNALS_PER_CLIENT),
    );
    const memory: MemoryResult[] = [];
    for (const side of sides) {
      await disconnectAll(side.clients);
      side.clients = [];
      log(`${side.target.name}: memory with ${IDLE_CONNECTIONS} idle connections`);
      memory.push(await runMemory(side.target, IDLE_CONNECTIONS));
    }
    return { pairs: [fanout, signal, join], memory };
  } finally {
    for (const side of sides) {
      await disconnectAll(side.clients);
      await side.target.stop();
    }
  }
}

function report(pairs: [Measurement, Measurement][], memory: MemoryResult[]) {
  const rows = [
    ['scenario', 'server', 'operations', 'throughput', 'p50 ms', 'p99 ms', 'huddle/bare'],
  ];
  const headlines: string[] = [];
  for (const [ours, base] of pairs) {
    const [a, b] = [summarize(ours), summarize(base)];
    const ratio = a.throughput / b.throughput;
    headlines.push(`${ours.scenario.split(' (')[0]}: ${fmt.ratio(ratio)} of bare throughput`);
    rows.push([
      ours.scenario,
      'huddle',
      `${ours.operations} ${ours.unit}`,
      fmt.rate(a.throughput),
      fmt.ms(a.p50),
      fmt.ms(a.p99),
      fmt.ratio(ratio),
    ]);
    rows.push([
      '',
      'bare',
      `${base.operations} ${base.unit}`,
      fmt.rate(b.throughput),
      fmt.ms(b.p50),
      fmt.ms(b.p99),
      '',
    ]);
  }
  const memoryRows = [['memory per idle connection', 'server', 'connections', 'heap', 'rss']];
  for (const result of memory) {
    memoryRows.push([
      memoryRows.length === 1 ? 'after a full GC, server side' : '',
      result.target,
      String(result.connections),
      fmt.kb(result.heapPerConnection),
      fmt.kb(result.rssPerConnection),
    ]);
  }
  const [ours, base] = memory;
  if (ours && base) {
    const ratio = ours.heapPerConnection / base.heapPerConnection;
    headlines.push(
      `memory: ${fmt.kb(ours.heapPerConnection)} heap per idle connection (${fmt.ratio(ratio)} bare)`,
    );
  }
  return { table: `${formatTable(rows)}\n\n${formatTable(memoryRows)}`, headlines };
}

async function main() {
  const started = performance.now();
  log('preparing the database');
  const database = await benchDatabase();
  const env = {
    MONGODB_URI: database.uri,
    BENCH_MEETINGS: String(MEETINGS),
    BENCH_MEMBERS: String(PARTICIPANTS),
  };
  try {
    const { pairs, memory } = await compare(env);
    const { table, headlines } = report(pairs, memory);
    const cpus = os.cpus();
    console.log(
      `\nHuddle realtime benchmark — ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, Node ${process.version}`,
    );
    console.log(
      `database: ${database.source}; clients: socket.io-client over WebSocket on 127.0.0.1`,
    );
    console.log(
      `Huddle participants are signed-in members; bare has no auth, validation or database.\n`,
    );
    console.log(table);
    console.log(
      `\nHeadline (Huddle throughput as a share of bare Socket.IO):\n  ${headlines.join('\n  ')}`,
    );
    console.log(`\nfinished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    writeFileSync(
      new URL(`./results/realtime-${Date.now()}.json`, import.meta.url),
      JSON.stringify(
        {
          measurements: pairs.flat().map((m) => ({
            scenario: m.scenario,
            target: m.target,
            operations: m.operations,
            seconds: m.seconds,
            ...summarize(m),
          })),
          memory,
          table,
        },
        null,
        2,
      ),
    );
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
