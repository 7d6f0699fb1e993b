import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { servicesDir } from '../paths.js';
import { withDatabase } from './with-database.js';

/**
 * `npm run terugkeer -- import …`: the case service's import, against the development
 * database (or DATABASE_URL). Its output, with the JSON summary as the last line, passes
 * straight through; its exit code becomes ours.
 */
export async function runImport(args: string[]): Promise<void> {
  const log = (message: string) => console.error(`import    │ ${message}`);
  process.exitCode = await withDatabase(log, (databaseUrl) =>
    new Promise<number>((resolveExit) => {
      const child = spawn(process.execPath, [join(servicesDir, 'case', 'dist', 'import-cli.js'), ...args], {
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: databaseUrl },
      });
      child.once('exit', (code) => resolveExit(code ?? 1));
    }),
  );
}
