import { execFileSync } from 'node:child_process';
import { chmodSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root we run it as the `postgres` user,
 * who must be able to walk from `/` to the data directory and to the binaries inside
 * node_modules. A checkout under a private (0700) home directory blocks that. We
 * grant traverse-only access (x, never r) on the blocking ancestors and say so.
 */
export function grantTraversal(paths: string[], log: (message: string) => void): void {
  if (process.getuid?.() !== 0) return;
  const blocked = new Set<string>();
  for (const path of paths) {
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      if ((statSync(dir).mode & 0o001) === 0) blocked.add(dir);
      if (dir === dirname(dir)) break;
    }
  }
  for (const dir of blocked) {
    if (!grantWithAcl(dir)) chmodSync(dir, statSync(dir).mode | 0o001);
    log(`Gave the postgres user traverse-only access to ${dir} so the embedded database can reach its files.`);
  }
}

function grantWithAcl(dir: string): boolean {
  try {
    execFileSync('setfacl', ['-m', 'u:postgres:x', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
