import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');

/** Runs `npm run terugkeer -- <command> …` exactly as the README gives it, against the test platform's database. */
export function runTerugkeer(args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'terugkeer', '--', ...args], {
    cwd: repoRoot,
    env: process.env,
    encoding: 'utf8',
  });
  const lines = result.stdout.trim().split('\n');
  return { status: result.status, stderr: result.stderr, summary: JSON.parse(lines.at(-1)!) };
}

export const runImport = (args: string[]) => runTerugkeer(['import', ...args]);

export const fixturePath = (...parts: string[]) => join(repoRoot, 'tests', 'fixtures', ...parts);
