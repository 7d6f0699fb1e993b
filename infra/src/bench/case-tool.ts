import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childEnvironment } from '../config.js';
import { servicesDir } from '../paths.js';
import type { BenchPlatform } from './harness.js';

export interface ToolRun {
  exitCode: number;
  /** The JSON summary the tool prints as its last line. */
  result: Record<string, any>;
  ms: number;
}

/**
 * Runs a case-service tool (import, generate) against a benchmark's platform as the
 * service's runtime role; its progress (standard error) shows on the terminal.
 */
export function runCaseTool(platform: BenchPlatform, tool: 'import-cli' | 'generate-cli', args: string[]): Promise<ToolRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(servicesDir, 'case', 'dist', `${tool}.js`), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: childEnvironment({ TERUGKEER_MODE: 'development', CASE_DATABASE_URL: platform.env.CASE_DATABASE_URL }),
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const last = stdout.trim().split('\n').pop() ?? '{}';
      try {
        resolve({ exitCode: code ?? 1, result: JSON.parse(last), ms: performance.now() - started });
      } catch {
        reject(new Error(`${tool} ended (${code}) without its JSON summary: ${stdout.slice(-500)}`));
      }
    });
  });
}
