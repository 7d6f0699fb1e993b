import type { Benchmark as StandaloneBenchmark } from './bench-context.js';
import type { Benchmark } from './harness.js';

/**
 * A benchmark that starts its own platforms and writes its own Markdown (`npm run terugkeer --
 * bench-<name>`), run by `npm run bench` like the others: its figures and its text become the report.
 */
export function standalone(name: string, title: string, load: () => Promise<StandaloneBenchmark>): Benchmark {
  return {
    name,
    title,
    async run(context) {
      const benchmark = await load();
      let written: { json: unknown; markdown: string } = { json: null, markdown: '' };
      await benchmark.run({ config: context.config, log: context.log, writeResults: (_name, json, markdown) => (written = { json, markdown }) });
      // Its own headings sit one level under the report's title.
      const section = written.markdown.replace(/^(#+) /gm, (_whole, hashes: string) => `${hashes}# `);
      return { tables: [], notes: [], figures: { [benchmark.name]: written.json }, sections: [section] };
    },
  };
}
