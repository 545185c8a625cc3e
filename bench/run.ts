/**
 * Realtime benchmarks: Huddle against a bare Socket.IO room server, measured in the same run on
 * loopback, each server in a process of its own and the load generator in this one, once for
 * each database backend (FerretDB on SQLite and on PostgreSQL).
 * `npm run bench` at the root: one run of each scenario plus one open-loop load point.
 * `BENCH_FULL=1 npm run bench`: three runs (medians), the load series 5k–40k deliveries/s at
 * 200 × 5 and 1,000 meetings × 5 at 22k/s. Sizes: BENCH_MEETINGS, BENCH_MEETING_SIZE,
 * BENCH_CHAT_PER_CLIENT, BENCH_SIGNALS_PER_CLIENT, BENCH_IDLE_CONNECTIONS,
 * BENCH_RUNS, BENCH_DATABASES (comma-separated: sqlite, postgresql), BENCH_LOAD_RATES (deliveries/s,
 * comma-separated), BENCH_SCENARIOS (see compare.ts), BENCH_BACKEND=dist (the compiled backend),
 * BENCH_CPU_PROF=DIR (a CPU profile of each server in each scenario); DB_MAX_POOL_SIZE and
 * WRITE_IN_FLIGHT as for the app.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchDatabase, type BenchBackend } from './lib/database.js';
import { cpuReport, report, type Row } from './lib/report.js';
import { compare } from './lib/compare.js';

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const FULL = process.env.BENCH_FULL === '1';
const RUNS = size('BENCH_RUNS', FULL ? 3 : 1);
const BACKENDS = (process.env.BENCH_DATABASES ?? 'sqlite,postgresql').split(',') as BenchBackend[];
const MEETINGS = size('BENCH_MEETINGS', 200);
const MEETING_SIZE = size('BENCH_MEETING_SIZE', 5);

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

const resultsFile = new URL(`./results/realtime-${Date.now()}.json`, import.meta.url);

/** Written after every run, so that the runs done so far are kept if a later one fails. */
function save(rows: Row[], table?: string) {
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify({ rows, ...(table ? { table } : {}) }, null, 2));
}

async function main() {
  const started = performance.now();
  const rows: Row[] = [];
  for (const backend of BACKENDS) {
    const database = await benchDatabase(backend);
    log(`${backend}: ${database.source}`);
    try {
      for (let run = 1; run <= RUNS; run += 1) {
        log(`${backend}: run ${run} of ${RUNS}`);
        const base = { env: { MONGODB_URI: database.uri }, meetingSize: MEETING_SIZE, log };
        const standard = await compare({
          ...base,
          meetings: MEETINGS,
          closedLoop: true,
          loadRates: process.env.BENCH_LOAD_RATES
            ? process.env.BENCH_LOAD_RATES.split(',').map(Number)
            : FULL
              ? [5000, 10_000, 20_000, 40_000]
              : [10_000],
          chatPerClient: size('BENCH_CHAT_PER_CLIENT', 3),
          signalsPerClient: size('BENCH_SIGNALS_PER_CLIENT', 10),
          idleConnections: size('BENCH_IDLE_CONNECTIONS', 5000),
        });
        rows.push(...standard.map((row) => ({ ...row, backend, run })));
        save(rows);
        if (FULL) {
          const large = await compare({
            ...base,
            meetings: 1000,
            closedLoop: false,
            loadRates: [22_000],
          });
          rows.push(...large.map((row) => ({ ...row, backend, run })));
        }
        save(rows);
      }
    } finally {
      await database.stop();
    }
  }
  const cpus = os.cpus();
  const table = `${report(rows)}\n\nCPU ms per 1,000 operations (deliveries, joins), from /proc:\n\n${cpuReport(rows)}`;
  console.log(
    `\nHuddle realtime benchmark — ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}`,
  );
  console.log(
    `${RUNS} run(s) each, medians; ratios are Huddle / bare Socket.IO in the same run.\n`,
  );
  console.log(table);
  console.log(`\nfinished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  save(rows, table);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
