import type { Benchmark } from '../bench/bench-context.js';
import { writeResultFiles } from '../bench/bench-context.js';
import type { LauncherConfig } from '../config.js';

/** Benchmarks that run on their own as `npm run terugkeer -- bench-<name>`; figures only, no assertions. */
const PARTS: Record<string, () => Promise<Benchmark>> = {
  gateway: async () => (await import('../bench/gateway.js')).gatewayBenchmark,
  cpu: async () => (await import('../bench/cpu-profile.js')).cpuProfileBenchmark,
  frontend: async () => (await import('../bench/frontend.js')).frontendBenchmark,
  events: async () => (await import('../bench/events.js')).eventsBenchmark,
};

export const BENCH_PARTS = Object.keys(PARTS);

export async function runBenchPart(config: LauncherConfig, name: string): Promise<void> {
  const load = PARTS[name];
  if (!load) throw new Error(`No benchmark named ${name}; there are ${BENCH_PARTS.join(', ')}.`);
  const benchmark = await load();
  await benchmark.run({ config, log: (message) => console.log(`bench     │ ${message}`), writeResults: writeResultFiles });
}
