import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A table name as SQL may write it: bare or quoted, with or without its schema. */
const NAME = String.raw`(?:"[^"]+"|[A-Za-z_][A-Za-z0-9_$]*)(?:\s*\.\s*(?:"[^"]+"|[A-Za-z_][A-Za-z0-9_$]*))?`;
const STATEMENTS = new RegExp(
  String.raw`\bCREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(${NAME})` +
    String.raw`|\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(${NAME}(?:\s*,\s*${NAME})*)` +
    String.raw`|\bALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(${NAME})\s+RENAME\s+TO\s+(${NAME})`,
  'gi',
);

/** `"case".outbox` → `outbox`: each service's tables live in its own schema, so the name alone tells them apart. */
export function tableName(written: string): string {
  const last = written.split('.').pop() ?? written;
  const trimmed = last.trim();
  return trimmed.startsWith('"') ? trimmed.slice(1, -1) : trimmed.toLowerCase();
}

/**
 * The tables a service's migrations leave behind: each `CREATE TABLE`, minus those a later
 * migration drops, under the name of its last `RENAME TO`. Migrations run in the order of
 * their file names (each begins with its timestamp).
 */
export function tablesOfMigrations(migrationsDir: string): string[] {
  const tables = new Set<string>();
  const files = readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  for (const file of files) {
    for (const match of readFileSync(join(migrationsDir, file), 'utf8').matchAll(STATEMENTS)) {
      const [, created, dropped, renamedFrom, renamedTo] = match;
      if (created) tables.add(tableName(created));
      if (dropped) for (const name of dropped.split(',')) tables.delete(tableName(name));
      if (renamedFrom && renamedTo) {
        tables.delete(tableName(renamedFrom));
        tables.add(tableName(renamedTo));
      }
    }
  }
  return [...tables].sort();
}
