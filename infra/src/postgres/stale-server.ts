import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * After a hard kill the postgres child outlives its launcher, and the next start
 * fails with no useful message. `postmaster.pid` names the old server: stop it if it
 * is still ours, or clear the lock file if its process is gone.
 */
export async function clearStaleServer(dataDir: string, log: (message: string) => void): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgres(pid)) {
    log('Found a lock file from a database server that is no longer running; removing it.');
    rmSync(lockFile, { force: true });
    return;
  }
  log(`Found a database server left running by an earlier start (pid ${pid}); stopping it first.`);
  process.kill(pid, 'SIGINT');
  if (!(await exited(pid, 15_000))) {
    log(`The old database server (pid ${pid}) did not stop in time; killing it.`);
    process.kill(pid, 'SIGKILL');
    await exited(pid, 5_000);
  }
  rmSync(lockFile, { force: true });
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}

async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isPostgres(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
