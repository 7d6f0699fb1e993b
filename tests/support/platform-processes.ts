import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the platform `npm test` started keeps its data, process ids included. */
function dataDir(): string {
  const dir = process.env.TERUGKEER_DATA_DIR;
  if (!dir) throw new Error('TERUGKEER_DATA_DIR is not set: run these tests through `npm test`.');
  return dir;
}

export type ServiceName = 'case' | 'scheduling' | 'reporting' | 'gateway';

/** The current process of a service; it changes when the supervisor restarts one. */
export function pidOf(service: ServiceName): number {
  const pids = JSON.parse(readFileSync(join(dataDir(), 'processes.json'), 'utf8')) as Partial<Record<ServiceName, number>>;
  const pid = pids[service];
  if (!pid) throw new Error(`No process id recorded for ${service}.`);
  return pid;
}

/** The PostgreSQL server's process, from the lock file it keeps in its data directory. */
export function postgresPid(): number {
  return Number(readFileSync(join(dataDir(), 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until `check` holds, or fails naming what it waited for. */
export async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting until ${what}.`);
}
