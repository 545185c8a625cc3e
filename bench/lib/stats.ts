export interface Measurement {
  scenario: string;
  target: 'huddle' | 'bare';
  operations: number;
  unit: string;
  seconds: number;
  latenciesMs: number[];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function summarize(measurement: Measurement) {
  const sorted = [...measurement.latenciesMs].sort((a, b) => a - b);
  return {
    throughput: measurement.operations / measurement.seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

/** A plain text table: the first row is the header, numbers right-aligned. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => {
        const width = widths?.[column] ?? 0;
        return /^[\d.,×x-]+( ?[a-z/%]*)?$/i.test(cell) && column > 1
          ? cell.padStart(width)
          : cell.padEnd(width);
      })
      .join('  ');
  const [header, ...body] = rows;
  const rule = (widths ?? []).map((width) => '-'.repeat(width)).join('  ');
  return [line(header ?? []), rule, ...body.map(line)].join('\n');
}

export const fmt = {
  rate: (value: number) => `${Math.round(value).toLocaleString('en-US')}/s`,
  ms: (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '-'),
  kb: (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`,
  ratio: (value: number) => `${value.toFixed(2)}×`,
};
