import type { Result } from './compare.js';
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

/** One line per backend and scenario: medians over the runs, Huddle beside bare. */
export function report(rows: Row[]): string {
  const keys = [...new Set(rows.map((row) => `${row.backend}\u0000${row.scenario}`))];
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
  for (const key of keys) {
    const [backend, scenario] = key.split('\u0000') as [string, string];
    const of = (target: string) =>
      rows.filter(
        (row) => row.backend === backend && row.scenario === scenario && row.target === target,
      );
    const [ours, base] = [of('huddle'), of('bare')];
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
