import { spawn } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');

/**
 * Runs `npm run terugkeer -- <command> …` exactly as the README gives it, against the test
 * platform's database. Asynchronously: a test blocked for the seconds a command takes would
 * miss the gateway closing its idle keep-alive connection, and its next request would fail.
 */
export async function runTerugkeer(args: string[]) {
  const child = spawn('npm', ['run', '--silent', 'terugkeer', '--', ...args], {
    cwd: repoRoot,
    env: { ...process.env, CASE_DATABASE_URL: process.env.DATABASE_URL },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const lines = stdout.trim().split('\n');
  return { status, stderr, summary: JSON.parse(lines.at(-1)!) };
}

export const runImport = (args: string[]) => runTerugkeer(['import', ...args]);

export const fixturePath = (...parts: string[]) => join(repoRoot, 'tests', 'fixtures', ...parts);
