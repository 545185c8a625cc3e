import { readdirSync, readFileSync } from 'node:fs';

/** Linux counts a process's CPU time in clock ticks of 10 ms (USER_HZ, 100 on every platform). */
const MS_PER_TICK = 10;

/** The user + system CPU time of `pid` so far, in ms; 0 once it has gone. */
function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name (field 2) may hold spaces and parentheses: count fields from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return 0;
  }
}

/** The processes whose command name starts with `prefix` (as /proc/PID/comm spells it). */
function pidsNamed(prefix: string): number[] {
  return readdirSync('/proc').flatMap((entry) => {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) return [];
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith(prefix) ? [pid] : [];
    } catch {
      return [];
    }
  });
}

export interface CpuSplit {
  /** The benchmark server (Huddle or bare). */
  server: number;
  /** FerretDB's processes. */
  ferretdb: number;
  /** PostgreSQL's processes (every backend on the machine). */
  postgresql: number;
  /** This process: the simulated clients. */
  clients: number;
}

type Sample = Record<keyof CpuSplit, Map<number, number>>;

/** Per part, the CPU time of each of its processes. */
function sample(serverPid: number): Sample {
  const of = (pids: number[]) => new Map(pids.map((pid) => [pid, cpuMsOf(pid)]));
  const { user, system } = process.cpuUsage();
  return {
    server: of([serverPid]),
    ferretdb: of(pidsNamed('ferretdb')),
    postgresql: of(pidsNamed('postgres')),
    clients: new Map([[process.pid, (user + system) / 1000]]),
  };
}

/** A process that started meanwhile counts from zero; one that ended is not counted. */
function spent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/**
 * CPU time (ms) spent by each part while `run` runs, from /proc: where a scenario's time goes
 * between the Node server, the database and the load generator, which share the cores.
 */
export async function measureCpu<T>(
  serverPid: number,
  run: () => Promise<T>,
): Promise<{ result: T; cpu: CpuSplit }> {
  const before = sample(serverPid);
  const result = await run();
  const after = sample(serverPid);
  return {
    result,
    cpu: {
      server: spent(before.server, after.server),
      ferretdb: spent(before.ferretdb, after.ferretdb),
      postgresql: spent(before.postgresql, after.postgresql),
      clients: spent(before.clients, after.clients),
    },
  };
}
