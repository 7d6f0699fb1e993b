import { caseList } from './case-list.js';
import type { Benchmark } from './harness.js';
import { importAbsences } from './import.js';
import { queryCounts } from './query-counts.js';
import { startupMemory } from './startup-memory.js';
import { statistics } from './statistics.js';

/** Every benchmark `npm run bench` runs, in this order; `npm run bench -- <name…>` picks some. */
export const BENCHMARKS: Benchmark[] = [caseList, queryCounts, importAbsences, statistics, startupMemory];
