import { caseList } from './case-list.js';
import type { Benchmark } from './harness.js';

/** Every benchmark `npm run bench` runs, in this order; `npm run bench -- <name…>` picks some. */
export const BENCHMARKS: Benchmark[] = [caseList];
