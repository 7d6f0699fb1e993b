import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureChromium } from '../commands/chromium.js';
import { developmentFrontends } from '../platform/frontend-server.js';
import { devToken, median, startBenchPlatform, type BenchContext, type Benchmark } from './bench-context.js';
import { firstScreenShown, PAGE_WEIGHT_BUDGETS, REMOTE_LOGINS, scriptsOfFirstLoad, totalBytes, type RemoteName } from './first-load.js';

const RUNS = 5;

interface PageLoad {
  scripts: number;
  /** Bytes of JavaScript as they crossed the wire (compressed), and as files. */
  compressedBytes: number;
  decodedBytes: number;
  firstContentfulPaintMs: number;
  /** When the last GraphQL answer of the first screen arrived, after navigation start. */
  lastDataMs: number | null;
}

async function loadOnce(browser: Browser, url: string, remote: { name: RemoteName; token: string } | null): Promise<PageLoad> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  if (remote) await context.addInitScript((value) => sessionStorage.setItem('terugkeer.token', value), remote.token);
  const page = await context.newPage();
  const scripts = await scriptsOfFirstLoad(page, async () => {
    await page.goto(url);
    await firstScreenShown(page, remote?.name ?? null);
  });
  const timings = await pageTimings(page);
  await context.close();
  return {
    scripts: scripts.length,
    ...totalBytes(scripts),
    ...timings,
  };
}

async function pageTimings(page: Page): Promise<Pick<PageLoad, 'firstContentfulPaintMs' | 'lastDataMs'>> {
  return page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const data = (performance.getEntriesByType('resource') as unknown as { name: string; responseEnd: number }[]).filter((entry) =>
      entry.name.endsWith('/graphql'),
    );
    return {
      firstContentfulPaintMs: paint ? paint.startTime : -1,
      lastDataMs: data.length ? Math.max(...data.map((entry) => entry.responseEnd)) : null,
    };
  });
}

/**
 * What a browser downloads on a first load, in headless Chromium with an empty cache: the
 * login page, and the shell with each remote (its first screen, for a person whose first
 * area it is).
 * Compressed JavaScript bytes, first contentful paint and the arrival of the screen's data,
 * medians of five loads.
 */
export const frontendBenchmark: Benchmark = {
  name: 'frontend',
  async run(context: BenchContext) {
    const executablePath = ensureChromium(context.config, context.log);
    if (!executablePath) throw new Error('The frontend benchmark needs Chromium.');
    const platform = await startBenchPlatform(context, 'frontend', developmentFrontends(context.config));
    const browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const shellUrl = `http://localhost:${platform.ports.shell}/`;
      // The login page, and the shell with each remote as the first area of one of its people.
      const pages: Record<string, { name: RemoteName; token: string } | null> = { login: null };
      for (const [name, email] of Object.entries(REMOTE_LOGINS) as [RemoteName, string][]) {
        pages[`shell + ${name}`] = { name, token: await devToken(`http://127.0.0.1:${platform.ports.gateway}`, email) };
      }
      const results: Record<string, PageLoad[]> = {};
      for (let run = 0; run < RUNS; run += 1) {
        for (const [name, remote] of Object.entries(pages)) {
          const load = await loadOnce(browser, shellUrl, remote);
          (results[name] ??= []).push(load);
          context.log(
            `${name}, run ${run + 1}: ${load.scripts} scripts, ${(load.compressedBytes / 1024).toFixed(0)} KB compressed, FCP ${load.firstContentfulPaintMs.toFixed(0)} ms`,
          );
        }
      }
      const summary = Object.fromEntries(
        Object.entries(results).map(([name, loads]) => [
          name,
          {
            scripts: median(loads.map((load) => load.scripts)),
            compressedKb: median(loads.map((load) => load.compressedBytes)) / 1024,
            decodedKb: median(loads.map((load) => load.decodedBytes)) / 1024,
            firstContentfulPaintMs: median(loads.map((load) => load.firstContentfulPaintMs)),
            lastDataMs: loads.every((load) => load.lastDataMs !== null) ? median(loads.map((load) => load.lastDataMs ?? 0)) : null,
          },
        ]),
      );
      const budget = (name: string) => (name === 'login' ? PAGE_WEIGHT_BUDGETS.loginKb : PAGE_WEIGHT_BUDGETS.shellWithRemoteKb);
      const markdown = [
        `First load in headless Chromium, empty cache, medians of ${RUNS}.`,
        '',
        '| page | scripts | JavaScript compressed KB | as files KB | budget KB | first contentful paint ms | data arrived ms |',
        '|---|---:|---:|---:|---:|---:|---:|',
        ...Object.entries(summary).map(
          ([name, row]) =>
            `| ${name} | ${row.scripts} | ${row.compressedKb.toFixed(0)} | ${row.decodedKb.toFixed(0)} | ${budget(name)} | ${row.firstContentfulPaintMs.toFixed(0)} | ${row.lastDataMs === null ? '–' : row.lastDataMs.toFixed(0)} |`,
        ),
      ].join('\n');
      context.writeResults('frontend', { runs: RUNS, summary, loads: results }, markdown);
      console.log(`\n${markdown}`);
    } finally {
      await browser.close();
      await platform.stop();
    }
  },
};

export default frontendBenchmark;
