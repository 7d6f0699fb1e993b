import { caseList } from './case-list.js';
import type { Benchmark } from './harness.js';
import { importAbsences } from './import.js';
import { queryCounts } from './query-counts.js';
import { standalone } from './standalone-benchmark.js';
import { startupMemory } from './startup-memory.js';
import { statistics } from './statistics.js';

/** Every benchmark `npm run bench` runs, in this order; `npm run bench -- <name…>` picks some. */
export const BENCHMARKS: Benchmark[] = [
  caseList,
  queryCounts,
  standalone('gateway', 'The gateway against its alternatives', async () => (await import('./gateway.js')).gatewayBenchmark),
  standalone('cpu-profile', 'CPU per request on the dashboard path', async () => (await import('./cpu-profile.js')).cpuProfileBenchmark),
  standalone('events', 'Event delivery per consumer', async () => (await import('./events.js')).eventsBenchmark),
  importAbsences,
  statistics,
  standalone('frontend', 'Page weight and time to content', async () => (await import('./frontend.js')).frontendBenchmark),
  startupMemory,
];
