import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The passwords of the platform's database roles, made up on first use and kept in the
 * data directory beside the gateway's keys, so a development or test platform has no
 * password anyone could know from the repository. Production supplies its own URLs.
 */
export function rolePasswords(dataDir: string, roles: readonly string[]): Record<string, string> {
  const dir = join(dataDir, 'keys');
  const file = join(dir, 'database-roles.json');
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const missing = roles.filter((role) => !stored[role]);
  if (missing.length) {
    for (const role of missing) stored[role] = randomBytes(24).toString('base64url');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  return Object.fromEntries(roles.map((role) => [role, stored[role]]));
}
