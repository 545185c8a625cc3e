import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * BENCH_CPU_PROF=DIR: the benchmark servers profile each measured scenario on its own (V8's
 * sampling profiler, as `node --cpu-prof` uses), so that a profile shows where that scenario's
 * time goes and not the start-up or the connecting. Files: DIR/TARGET-SCENARIO.cpuprofile,
 * readable in Chrome DevTools or `npx speedscope`.
 */
export function createScenarioProfiler(dir: string | undefined, target: string) {
  if (!dir) return { start: async () => undefined, stop: async () => undefined };
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  return {
    async start() {
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    },
    async stop(scenario: string) {
      const { profile } = await session.post('Profiler.stop');
      const name = `${target}-${scenario.replace(/[^\w]+/g, '-')}.cpuprofile`;
      writeFileSync(join(dir, name), JSON.stringify(profile));
    },
  };
}
