import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { childEnvironment, type LauncherConfig } from '../config.js';
import { repoRoot } from '../paths.js';
import { isRoutineRequest } from '../platform/log-lines.js';
import { startPlatform } from '../platform/platform.js';
import { shiftedPorts, TEST_OTLP_PORT, TEST_PORTS } from '../platform/ports.js';
import { developmentFrontends, runtimeConfig } from '../platform/frontend-server.js';
import { stopOnSignals } from '../platform/stop-on-signals.js';
import { stopOnUnhandledRejection } from '../platform/unhandled-rejection.js';
import { ensureChromium } from './chromium.js';

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTotalTests: number;
  success: boolean;
}

/**
 * Jest require()s ESM-only packages (jose, pg-boss) natively only with Node's VM modules
 * on; the tests themselves stay CommonJS. Node's note that the feature is experimental
 * would otherwise be printed by every jest worker.
 */
const JEST_NODE_FLAGS = ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'];

/**
 * Every test (unit, integration, browser), then the fault-injection tests, against a
 * fresh platform on the test ports: its own database, started and stopped here.
 */
export async function runTests(config: LauncherConfig, jestArgs: string[]): Promise<void> {
  const log = (message: string) => console.log(`test      │ ${message}`);
  const chromium = ensureChromium(config, log);
  const dataDir = resolve(config.dataRoot, 'test');
  rmSync(dataDir, { recursive: true, force: true });
  // Only the offset moves the test ports: the test platform runs beside `npm start`'s own.
  const ports = shiftedPorts(TEST_PORTS, config.portOffset);
  const frontends = developmentFrontends(config);
  // Every line each process writes, for the tests that check what the logs hold.
  const processLogs = join(dataDir, 'logs');

  let jest: ChildProcess | undefined;
  let stopPlatform = async () => {};
  let stopping = false;
  const stopEverything = async () => {
    stopping = true;
    jest?.kill('SIGTERM');
    await stopPlatform();
  };
  stopOnUnhandledRejection(stopEverything);
  stopOnSignals(stopEverything);

  const started = Date.now();
  const platform = await startPlatform({
    onStoppable: (stop) => (stopPlatform = stop),
    ports,
    dataDir,
    databaseUrl: config.testDatabaseUrl,
    seedDemoData: true,
    // Traced like production with a collector, so that the tracing test sees what an operator would.
    extraEnv: {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${TEST_OTLP_PORT + config.portOffset}`,
      OTEL_BSP_SCHEDULE_DELAY: '500',
      // The suites query as the one demo analyst side by side; the screen's test would otherwise wait on their budget.
      ANALYST_COST_PER_MINUTE: '1000000',
    },
    frontends,
    log,
    // The tests make thousands of requests: the terminal shows what is not routine, the files everything.
    output: { logDirectory: processLogs, showOnTerminal: (entry) => !isRoutineRequest(entry) },
  });
  log(`platform started for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const { gatewayUrl } = runtimeConfig(ports, frontends);
  const jestEnv = childEnvironment({
    ...platform.env,
    GATEWAY_URL: gatewayUrl,
    SHELL_URL: `http://localhost:${ports.shell}`,
    CHROMIUM_PATH: chromium ?? '',
    TERUGKEER_PREPARED: '1',
    TERUGKEER_PROCESS_LOGS: processLogs,
    SCREENSHOT_DIR: join(dataDir, 'screenshots'),
  });
  const runs = jestRuns(jestArgs);
  const outcomes: { code: number; summary: JestSummary | null }[] = [];
  for (const [index, args] of runs.entries()) {
    // After a signal the platform is going away: the next run would only fail against it.
    if (stopping) break;
    const resultsFile = join(dataDir, `jest-results-${index + 1}.json`);
    const run = runJest(['--json', '--outputFile', resultsFile, ...args], jestEnv);
    jest = run.child;
    const code = await run.exit;
    outcomes.push({ code, summary: existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as JestSummary) : null });
  }
  await platform.stop();

  const count = (key: 'numPassedTests' | 'numFailedTests' | 'numPendingTests') => outcomes.reduce((sum, { summary }) => sum + (summary?.[key] ?? 0), 0);
  const lost = outcomes.filter(({ summary }) => summary === null).length;
  const skipped = count('numPendingTests') ? `, ${count('numPendingTests')} skipped` : '';
  console.log(`\n${count('numPassedTests')} passed, ${count('numFailedTests') + lost} failed${skipped}`);
  process.exit(outcomes.find(({ code }) => code !== 0)?.code ?? 0);
}

/**
 * The fault-injection tests kill and stop the platform's own processes, so they run
 * alone, one file at a time, after everything else; a targeted run picks one side.
 */
export function jestRuns(jestArgs: string[]): string[][] {
  // The project options take every word after them as a project name: the caller's paths go first.
  const faults = ['--runInBand', '--selectProjects', 'faults'];
  const rest = ['--ignoreProjects', 'faults'];
  if (jestArgs.length === 0) return [rest, faults];
  return [[...jestArgs, ...(jestArgs.some((arg) => arg.includes('fault')) ? faults : rest)]];
}

function runJest(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; exit: Promise<number> } {
  const child = spawn(
    process.execPath,
    [...JEST_NODE_FLAGS, join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js'), '--config', join(repoRoot, 'jest.config.cjs'), ...args],
    { cwd: repoRoot, stdio: 'inherit', env },
  );
  const exit = new Promise<number>((resolveExit) => child.once('exit', (exitCode) => resolveExit(exitCode ?? 1)));
  return { child, exit };
}
