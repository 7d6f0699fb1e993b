import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataRoot, repoRoot } from '../paths.js';
import { startPlatform } from '../platform/platform.js';
import { portsFromEnv, shiftedPorts, TEST_PORTS } from '../platform/ports.js';
import { runtimeConfig } from '../platform/frontend-server.js';
import { ensureChromium } from './chromium.js';

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTotalTests: number;
  success: boolean;
}

/**
 * Every test in one jest run (unit, integration, browser) against a fresh platform on
 * the test ports: its own database, started and stopped here.
 */
export async function runTests(jestArgs: string[]): Promise<void> {
  const log = (message: string) => console.log(`test      │ ${message}`);
  const chromium = ensureChromium(log);
  const dataDir = resolve(dataRoot, 'test');
  rmSync(dataDir, { recursive: true, force: true });
  const ports = portsFromEnv(shiftedPorts(TEST_PORTS), {});

  const started = Date.now();
  const platform = await startPlatform({
    ports,
    dataDir,
    databaseUrl: process.env.TEST_DATABASE_URL,
    seedDemoData: true,
    serveFrontends: true,
    log,
  });
  log(`platform started for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const resultsFile = join(dataDir, 'jest-results.json');
  const config = runtimeConfig(ports);
  const code = await new Promise<number>((resolveExit) => {
    const jest = spawn(
      process.execPath,
      [join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js'), '--config', join(repoRoot, 'jest.config.cjs'), '--json', '--outputFile', resultsFile, ...jestArgs],
      {
        cwd: repoRoot,
        stdio: 'inherit',
        env: {
          ...process.env,
          ...platform.env,
          GATEWAY_URL: config.gatewayUrl,
          SHELL_URL: `http://localhost:${ports.shell}`,
          CHROMIUM_PATH: chromium ?? '',
          TERUGKEER_PREPARED: '1',
          SCREENSHOT_DIR: join(dataDir, 'screenshots'),
        },
      },
    );
    jest.once('exit', (exitCode) => resolveExit(exitCode ?? 1));
  });
  await platform.stop();

  if (!existsSync(resultsFile)) {
    console.log('0 passed, 1 failed');
    process.exit(code || 1);
  }
  const summary: JestSummary = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const skipped = summary.numPendingTests ? `, ${summary.numPendingTests} skipped` : '';
  console.log(`\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped}`);
  process.exit(code);
}
