import { spawn } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');

export interface CommandResult {
  status: number | null;
  stderr: string;
  /** The JSON of the command's last line of output. */
  summary: any;
}

/**
 * Runs `npm run terugkeer -- <command> …` exactly as the README gives it, against the test
 * platform's database. Asynchronously: a test that blocked while the command runs (several
 * seconds under load) would next reuse connections the gateway closed in the meantime.
 */
export function runTerugkeer(args: string[]): Promise<CommandResult> {
  const child = spawn('npm', ['run', '--silent', 'terugkeer', '--', ...args], {
    cwd: repoRoot,
    env: { ...process.env, CASE_DATABASE_URL: process.env.DATABASE_URL },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stderr, summary: JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null') }));
  });
}

export const runImport = (args: string[]) => runTerugkeer(['import', ...args]);

export const fixturePath = (...parts: string[]) => join(repoRoot, 'tests', 'fixtures', ...parts);
