import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCHMARKS } from '../bench/benchmarks.js';
import { benchContext } from '../bench/harness.js';
import { markdownReport, markdownTable, type RunFacts } from '../bench/report.js';
import type { LauncherConfig } from '../config.js';
import { repoRoot } from '../paths.js';
import { stopOnSignals } from '../platform/stop-on-signals.js';

export const RESULTS_DIR = join(repoRoot, 'bench', 'results');

/**
 * `npm run bench [-- <name…>] [--rounds N] [--scale F] [--list]`: runs the named benchmarks
 * (all when none is named), each on a platform of its own, and writes `bench/results/<name>.json`
 * and `<name>.md`. `--scale` shrinks the data of the large benchmarks (import, statistics)
 * for a quick look; the results say which scale they ran at. Figures, never assertions: a
 * benchmark fails only when it cannot run.
 */
export async function runBenchmarks(config: LauncherConfig, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { rounds: { type: 'string', default: '25' }, scale: { type: 'string', default: '1' }, list: { type: 'boolean' } },
  });
  if (values.list) {
    for (const benchmark of BENCHMARKS) console.log(`${benchmark.name.padEnd(16)} ${benchmark.title}`);
    return;
  }
  const unknown = positionals.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.name === name));
  if (unknown.length) throw new Error(`No benchmark named ${unknown.join(', ')}; there are ${BENCHMARKS.map((b) => b.name).join(', ')}.`);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 3) throw new Error('--rounds must be a whole number of at least 3.');
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale must be a number above 0 and at most 1.');
  const selected = positionals.length ? BENCHMARKS.filter((benchmark) => positionals.includes(benchmark.name)) : BENCHMARKS;

  mkdirSync(RESULTS_DIR, { recursive: true });
  const failed: string[] = [];
  let stopRunning = async () => undefined as void;
  stopOnSignals(() => stopRunning());
  for (const benchmark of selected) {
    const { context, cleanUp } = benchContext(config, benchmark.name, rounds, scale);
    stopRunning = cleanUp;
    const started = Date.now();
    context.log(`${benchmark.title} …`);
    try {
      const report = await benchmark.run(context);
      const facts: RunFacts = {
        name: benchmark.name,
        title: benchmark.title,
        command: `npm run bench -- ${benchmark.name}${values.rounds === '25' ? '' : ` --rounds ${rounds}`}${scale === 1 ? '' : ` --scale ${scale}`}`,
        measuredAt: new Date().toISOString(),
        durationSeconds: (Date.now() - started) / 1000,
        machine: {
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
          memoryGb: Math.round(totalmem() / 2 ** 30),
          node: process.versions.node,
          platform: `${process.platform} ${process.arch}`,
        },
      };
      writeFileSync(join(RESULTS_DIR, `${benchmark.name}.json`), `${JSON.stringify({ ...facts, ...report }, null, 2)}\n`);
      writeFileSync(join(RESULTS_DIR, `${benchmark.name}.md`), markdownReport(facts, report));
      for (const table of report.tables) console.log(`\n${table.title}\n${markdownTable(table)}`);
      for (const note of report.notes) console.log(`• ${note}`);
      console.log(`→ bench/results/${benchmark.name}.md (${facts.durationSeconds.toFixed(0)} s)\n`);
    } catch (error) {
      failed.push(benchmark.name);
      console.error(`✗ ${benchmark.name} could not run:`, error);
    } finally {
      await cleanUp();
    }
  }
  if (failed.length) {
    console.error(`✗ ${failed.length} benchmark(s) failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}
