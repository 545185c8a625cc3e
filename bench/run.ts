/**
 * Realtime benchmarks: Huddle against a bare Socket.IO room server, measured in the same run on
 * loopback, one target at a time (its own process) with the load generator in this process.
 * `npm run bench` at the root. Sizes can be changed with BENCH_MEETINGS, BENCH_MEETING_SIZE,
 * BENCH_CHAT_PER_CLIENT, BENCH_SIGNALS_PER_CLIENT, BENCH_JOIN_ROUNDS, BENCH_IDLE_CONNECTIONS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { connectClients, disconnectAll } from './lib/clients.js';
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

async function benchTarget(target: Target) {
  log(`${target.name}: connecting ${PARTICIPANTS} participants`);
  const clients = await connectClients(target, PARTICIPANTS);
  try {
    log(`${target.name}: join`);
    const join = await runJoinBounded(target, clients, MEETING_SIZE, JOIN_ROUNDS);
    log(`${target.name}: chat fan-out`);
    const fanout = await runFanoutBounded(target, clients, MEETING_SIZE, CHAT_PER_CLIENT);
    log(`${target.name}: signalling`);
    const signal = await runSignalBounded(target, clients, MEETING_SIZE, SIGNALS_PER_CLIENT);
    return [fanout, signal, join];
  } finally {
    await disconnectAll(clients);
  }
}

async function measure(name: Target['name'], env: Record<string, string>) {
  const target = await startTarget(name, env);
  try {
    const measurements = await benchTarget(target);
    log(`${name}: memory with ${IDLE_CONNECTIONS} idle connections`);
    const memory = await runMemory(target, IDLE_CONNECTIONS);
    return { measurements, memory };
  } finally {
    await target.stop();
  }
}

function report(huddle: Measurement[], bare: Measurement[], memory: MemoryResult[]) {
  const rows = [
    ['scenario', 'server', 'operations', 'throughput', 'p50 ms', 'p99 ms', 'huddle/bare'],
  ];
  const headlines: string[] = [];
  huddle.forEach((ours, index) => {
    const base = bare[index];
    if (!base) return;
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
  });
  const [ourMemory, baseMemory] = [
    memory.find((m) => m.target === 'huddle'),
    memory.find((m) => m.target === 'bare'),
  ];
  if (ourMemory && baseMemory) {
    const label = `memory per idle connection (${ourMemory.connections} connections)`;
    const ratio = ourMemory.heapPerConnection / baseMemory.heapPerConnection;
    rows.push([
      label,
      'huddle',
      'heap / rss',
      fmt.kb(ourMemory.heapPerConnection),
      fmt.kb(ourMemory.rssPerConnection),
      '',
      fmt.ratio(ratio),
    ]);
    rows.push([
      '',
      'bare',
      'heap / rss',
      fmt.kb(baseMemory.heapPerConnection),
      fmt.kb(baseMemory.rssPerConnection),
      '',
      '',
    ]);
    headlines.push(
      `memory: ${fmt.kb(ourMemory.heapPerConnection)} heap per idle connection (${fmt.ratio(ratio)} bare)`,
    );
  }
  return { table: formatTable(rows), headlines };
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
    const huddle = await measure('huddle', env);
    const bare = await measure('bare', env);
    const { table, headlines } = report(huddle.measurements, bare.measurements, [
      huddle.memory,
      bare.memory,
    ]);
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
          measurements: [...huddle.measurements, ...bare.measurements].map((m) => ({
            scenario: m.scenario,
            target: m.target,
            operations: m.operations,
            seconds: m.seconds,
            ...summarize(m),
          })),
          memory: [huddle.memory, bare.memory],
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
