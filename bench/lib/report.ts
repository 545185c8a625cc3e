import type { Result } from './compare.js';
import type { CpuSplit } from './cpu.js';
import { fmt, formatTable } from './stats.js';

export interface Row extends Result {
  backend: string;
  run: number;
}

function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The rows of one backend, scenario and target. */
function rowsOf(rows: Row[], backend: string, scenario: string, target: string): Row[] {
  return rows.filter(
    (row) => row.backend === backend && row.scenario === scenario && row.target === target,
  );
}

function keysOf(rows: Row[]): [backend: string, scenario: string][] {
  const keys = [...new Set(rows.map((row) => `${row.backend}\u0000${row.scenario}`))];
  return keys.map((key) => key.split('\u0000') as [string, string]);
}

/** One line per backend and scenario: medians over the runs, Huddle beside bare. */
export function report(rows: Row[]): string {
  const table = [
    [
      'database',
      'scenario',
      'huddle',
      'bare',
      'ratio',
      'huddle p50',
      'huddle p99',
      'bare p99',
      'delivered',
    ],
  ];
  for (const [backend, scenario] of keysOf(rows)) {
    const [ours, base] = [
      rowsOf(rows, backend, scenario, 'huddle'),
      rowsOf(rows, backend, scenario, 'bare'),
    ];
    const pick = (list: Row[], field: keyof Result) =>
      median(list.map((row) => Number(row[field])));
    const memory = scenario.startsWith('idle');
    const field = memory ? 'heapPerConnection' : 'throughput';
    const [a, b] = [pick(ours, field), pick(base, field)];
    const delivered = pick(ours, 'delivered');
    table.push([
      backend,
      scenario,
      memory ? fmt.kb(a) : fmt.rate(a),
      memory ? fmt.kb(b) : fmt.rate(b),
      fmt.ratio(a / b),
      fmt.ms(pick(ours, 'p50')),
      fmt.ms(pick(ours, 'p99')),
      fmt.ms(pick(base, 'p99')),
      Number.isFinite(delivered)
        ? `${(delivered * 100).toFixed(1)} % / ${(pick(base, 'delivered') * 100).toFixed(1)} %`
        : '',
    ]);
  }
  return formatTable(table);
}

/**
 * Where the CPU went: for each scenario, ms of CPU per 1,000 operations (deliveries, joins) of
 * Huddle's server, FerretDB, PostgreSQL and the load generator, beside the bare server's;
 * medians over the runs.
 */
export function cpuReport(rows: Row[]): string {
  const table = [
    [
      'database',
      'scenario',
      'huddle server',
      'FerretDB',
      'PostgreSQL',
      'clients',
      'bare server',
      'bare clients',
    ],
  ];
  const perThousand = (list: Row[], part: keyof CpuSplit) =>
    median(
      list.map((row) =>
        row.cpu && row.operations ? (row.cpu[part] / row.operations) * 1000 : NaN,
      ),
    );
  for (const [backend, scenario] of keysOf(rows)) {
    const [ours, base] = [
      rowsOf(rows, backend, scenario, 'huddle'),
      rowsOf(rows, backend, scenario, 'bare'),
    ];
    if (!ours.some((row) => row.cpu && row.operations)) continue;
    table.push([
      backend,
      scenario,
      ...(['server', 'ferretdb', 'postgresql', 'clients'] as const).map((part) =>
        fmt.ms(perThousand(ours, part)),
      ),
      fmt.ms(perThousand(base, 'server')),
      fmt.ms(perThousand(base, 'clients')),
    ]);
  }
  return formatTable(table);
}
