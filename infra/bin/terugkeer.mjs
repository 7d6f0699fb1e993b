#!/usr/bin/env node
// The entry of `npm start` and `npm test`. Plain JavaScript on purpose: it runs before
// anything is installed, makes sure the pinned pnpm and the dependencies are there,
// builds what changed, and then hands over to the TypeScript launcher.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '10.34.8';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const toolsDir = join(root, '.data', 'tools');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

function step(label, action) {
  const started = Date.now();
  const result = action();
  console.log(`• ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✗ ${[command, ...args].join(' ')} failed (exit code ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function versionOf(command) {
  try {
    return execFileSync(command, ['--version'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The pinned pnpm: the one on PATH when it is that version, otherwise a private copy from npm. */
function pnpm() {
  if (versionOf('pnpm') === PNPM_VERSION) return 'pnpm';
  const local = join(toolsDir, 'node_modules', '.bin', 'pnpm');
  if (versionOf(local) !== PNPM_VERSION) {
    step(`installed pnpm ${PNPM_VERSION}`, () => {
      mkdirSync(toolsDir, { recursive: true });
      run('npm', ['install', '--prefix', toolsDir, '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${PNPM_VERSION}`]);
    });
  }
  return local;
}

/** Installs dependencies when the lockfile changed since the last install. */
function install(pnpmCommand) {
  const stamp = join(toolsDir, 'install.stamp');
  const lock = createHash('sha256').update(readFileSync(join(root, 'pnpm-lock.yaml'))).digest('hex');
  if (existsSync(join(root, 'node_modules', '.modules.yaml')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return;
  step('installed dependencies', () => run(pnpmCommand, ['install', '--frozen-lockfile', '--reporter=append-only']));
  mkdirSync(toolsDir, { recursive: true });
  writeFileSync(stamp, lock);
}

// `npm test` sets this for the commands its own tests run: the build is already done.
if (!process.env.TERUGKEER_PREPARED) {
  const pnpmCommand = pnpm();
  install(pnpmCommand);
  step('built', () => run(pnpmCommand, ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only', '--log-order=grouped']));
  if (process.argv[2] === 'test') {
    step('type-checked', () => run(pnpmCommand, ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only', '--log-order=grouped']));
  }
}

const { main } = await import('../dist/cli.js');
await main(process.argv.slice(2));
