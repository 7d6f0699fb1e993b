import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureChromium } from '../commands/chromium.js';
import { developmentFrontends } from '../platform/frontend-server.js';
import { devToken, median, startBenchPlatform, type BenchContext, type Benchmark } from './bench-context.js';

const RUNS = 5;
/** The budgets for compressed JavaScript on a first load. */
export const PAGE_WEIGHT_BUDGETS = { loginKb: 150, shellWithRemoteKb: 200 } as const;

interface PageLoad {
  scripts: number;
  /** Bytes of JavaScript as they crossed the wire (compressed), and as files. */
  compressedBytes: number;
  decodedBytes: number;
  firstContentfulPaintMs: number;
  /** When the last GraphQL answer of the first screen arrived, after navigation start. */
  lastDataMs: number | null;
}

async function loadOnce(browser: Browser, url: string, token: string | null): Promise<PageLoad> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  if (token) await context.addInitScript((value) => sessionStorage.setItem('terugkeer.token', value), token);
  const page = await context.newPage();
  const sizes: Promise<{ compressed: number; decoded: number }>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script' && !/\.m?js(\?|$)/.test(request.url())) return;
    sizes.push(
      Promise.all([request.sizes(), request.response()]).then(async ([size, response]) => ({
        compressed: size.responseBodySize,
        decoded: (await response?.body())?.length ?? 0,
      })),
    );
  });
  await page.goto(url);
  // The first screen: the login picker, or after a login the person's name in the shell's header.
  await (token ? page.getByTestId('viewer-name') : page.locator('button[data-email]').first()).waitFor({ timeout: 60_000 });
  // eslint-disable-next-line no-restricted-syntax -- a screen that polls never falls quiet; what loaded by then is what counts
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  const timings = await pageTimings(page);
  const resolved = await Promise.all(sizes);
  await context.close();
  return {
    scripts: resolved.length,
    compressedBytes: resolved.reduce((sum, size) => sum + size.compressed, 0),
    decodedBytes: resolved.reduce((sum, size) => sum + size.decoded, 0),
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
 * login page, and the shell with the remote of a person who has one role (the employee).
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
      const token = await devToken(`http://127.0.0.1:${platform.ports.gateway}`, 'werknemer@demo.test');
      const pages = { login: null, shellWithRemote: token } as const;
      const results: Record<string, PageLoad[]> = {};
      for (let run = 0; run < RUNS; run += 1) {
        for (const [name, pageToken] of Object.entries(pages)) {
          const load = await loadOnce(browser, shellUrl, pageToken);
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
      const budget = { login: PAGE_WEIGHT_BUDGETS.loginKb, shellWithRemote: PAGE_WEIGHT_BUDGETS.shellWithRemoteKb } as Record<string, number>;
      const markdown = [
        `First load in headless Chromium, empty cache, medians of ${RUNS}.`,
        '',
        '| page | scripts | JavaScript compressed KB | as files KB | budget KB | first contentful paint ms | data arrived ms |',
        '|---|---:|---:|---:|---:|---:|---:|',
        ...Object.entries(summary).map(
          ([name, row]) =>
            `| ${name} | ${row.scripts} | ${row.compressedKb.toFixed(0)} | ${row.decodedKb.toFixed(0)} | ${budget[name]} | ${row.firstContentfulPaintMs.toFixed(0)} | ${row.lastDataMs === null ? '–' : row.lastDataMs.toFixed(0)} |`,
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
