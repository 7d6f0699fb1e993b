#!/usr/bin/env node
// The entry of `npm start` and `npm test`. Plain JavaScript on purpose: it runs before
// anything is installed, on whatever Node the machine has. It makes sure the platform's
// Node (24 LTS), the pinned pnpm and the dependencies are there, puts the private tools
// on the PATH of every process it starts, builds what changed, and then hands over to the
// TypeScript launcher.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants as osConstants } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '10.34.8';
// The Node 24 LTS release the platform runs on. The registry's `node-<os>-<arch>`
// packages carry the official binaries (the `node` package itself only installs one of them).
const NODE_VERSION = '24.22.3';
const NODE_MAJOR = Number(NODE_VERSION.split('.')[0]);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const toolsDir = join(root, '.data', 'tools');
const toolsBin = join(toolsDir, 'node_modules', '.bin');

function step(label, action) {
  const started = Date.now();
  const result = action();
  console.log(`• ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✗ ${[command, ...args].join(' ')} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function versionOf(command, env = process.env) {
  try {
    return execFileSync(command, ['--version'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function npmInstallTool(spec) {
  mkdirSync(toolsDir, { recursive: true });
  run('npm', ['install', '--prefix', toolsDir, '--no-audit', '--no-fund', '--loglevel=error', spec]);
}

/**
 * Runs this same command under Node 24 when the machine's node is older: the platform's
 * Node comes from the registry into `.data/tools`, once.
 */
/** Runs this script again under the pinned Node when the machine's is older; true when it did. */
function ensurePlatformNode() {
  if (Number(process.versions.node.split('.')[0]) >= NODE_MAJOR) return false;
  const privateNode = join(toolsBin, 'node');
  if (versionOf(privateNode) !== `v${NODE_VERSION}`) {
    step(`installed Node ${NODE_VERSION}`, () => npmInstallTool(`node-${process.platform}-${process.arch}@${NODE_VERSION}`));
  }
  console.log(`• this machine has Node ${process.versions.node}; running under Node ${NODE_VERSION} from .data/tools`);
  const child = spawn(privateNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: withToolsOnPath(process.env),
  });
  // A signal to this process alone (a `kill` of npm's child) reaches the launcher, which stops what it started.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (osConstants.signals[signal] ?? 0) : 1)));
  return true;
}

/** The private tools (Node, pnpm) come first on the PATH of everything started from here. */
function withToolsOnPath(env) {
  const rest = (env.PATH ?? '').split(delimiter).filter((entry) => entry && entry !== toolsBin);
  return { ...env, PATH: [toolsBin, dirname(process.execPath), ...rest].join(delimiter) };
}

/** The pinned pnpm: the one on PATH when it is that version, otherwise a private copy. */
function ensurePnpm(env) {
  if (versionOf('pnpm', env) === PNPM_VERSION) return;
  step(`installed pnpm ${PNPM_VERSION}`, () => npmInstallTool(`pnpm@${PNPM_VERSION}`));
  if (versionOf('pnpm', env) !== PNPM_VERSION) {
    console.error(`✗ pnpm ${PNPM_VERSION} was installed into .data/tools but does not run.`);
    process.exit(1);
  }
}

/** Installs dependencies when the lockfile or the Node version changed since the last install. */
function install(env) {
  const stamp = join(toolsDir, 'install.stamp');
  const lock = createHash('sha256')
    .update(readFileSync(join(root, 'pnpm-lock.yaml')))
    .update(process.version)
    .digest('hex');
  if (existsSync(join(root, 'node_modules', '.modules.yaml')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return;
  step('installed dependencies', () => run('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only'], env));
  writeFileSync(stamp, lock);
}

if (!ensurePlatformNode()) {
  const env = withToolsOnPath({ ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' });
  Object.assign(process.env, env);

  // `npm test` sets this for the commands its own tests run: the build is already done.
  if (!process.env.TERUGKEER_PREPARED) {
    ensurePnpm(env);
    install(env);
    const turbo = (task) => ['exec', 'turbo', 'run', task, '--output-logs=errors-only', '--log-order=grouped'];
    step('built', () => run('pnpm', turbo('build'), env));
    if (process.argv[2] === 'test') {
      step('linted', () => run('pnpm', turbo('lint'), env));
      step('type-checked', () => run('pnpm', turbo('typecheck'), env));
    }
  }

  const { main } = await import('../dist/cli.js');
  await main(process.argv.slice(2));
}
