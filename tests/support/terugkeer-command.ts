import { spawn } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');

export interface CommandResult {
  status: number | null;
  stderr: string;
  /** The JSON summary the command prints last; null when it refused (usage, exit code 2). */
  summary: any;
}

/**
 * Runs `npm run terugkeer -- <command> …` exactly as the README gives it, against the test
 * platform's database. Without blocking: a test's idle keep-alive connection to the gateway
 * must see the gateway close it meanwhile, or the next request goes out on a dead socket.
 */
export function runTerugkeer(args: string[]): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'terugkeer', '--', ...args], {
      cwd: repoRoot,
      // The test platform's role URLs, as the launcher hands them to jest.
      env: process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (status) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      resolve({ status, stderr, summary: last.startsWith('{') ? JSON.parse(last) : null });
    });
  });
}

export const runImport = (args: string[]) => runTerugkeer(['import', ...args]);

export const fixturePath = (...parts: string[]) => join(repoRoot, 'tests', 'fixtures', ...parts);
