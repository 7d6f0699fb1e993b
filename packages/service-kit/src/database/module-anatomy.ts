import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/*
 * Checks over a service's source that hold its module anatomy: SQL only where it belongs,
 * and one owning module for every table. Used by each service's own unit test.
 */

/** Where SQL is written: a module's repository or projection, and the migrations. */
const SQL_PLACE = /\.repository\.ts$|\.projection\.ts$|(^|\/)migrations\//;
const SQL_CALL =
  /\.query\(|createQueryBuilder\(|getRepository\(|\b(?:manager|dataSource|db)\.(?:find\w*|save|create|insert|update|delete|count|remove|upsert)\(/;

/** Tables the kit's shared migration helpers create, for migrations that still call them. */
const KIT_TABLES: Record<string, string[]> = {
  createMessagingTables: ['outbox', 'inbox'],
  createCaseAccessReplicaTable: ['case_access'],
  createEmployerPeopleReplicaTable: ['employer_people'],
};

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every line under `sourceDir` that runs SQL outside a repository, a projection or a migration, as `file:line: code`. */
export function sqlOutsideRepositories(sourceDir: string, allowed: readonly string[] = []): string[] {
  return typeScriptFiles(sourceDir).flatMap((path) => {
    const file = relative(sourceDir, path).split(sep).join('/');
    if (SQL_PLACE.test(file) || allowed.includes(file)) return [];
    return readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, i) => (SQL_CALL.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
  });
}

/** The tables a service's migrations create, in the order they first appear. */
export function tablesCreatedByMigrations(migrationsDir: string): string[] {
  const tables = typeScriptFiles(migrationsDir)
    .sort()
    .flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const created = [...text.matchAll(/CREATE TABLE\s+(?:IF NOT EXISTS\s+)?(?:"?[\w${}]+"?\.)?"?(\w+)"?/g)].map((match) => match[1]);
      const byKit = Object.entries(KIT_TABLES).flatMap(([helper, names]) => (text.includes(`${helper}(`) ? names : []));
      return [...created, ...byKit];
    });
  return [...new Set(tables)];
}

/** The rows `Table | Owning module` of a README's section "Tables and their owners", backquotes removed. */
export function tableOwners(readme: string): [table: string, owner: string][] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Tables and their owners'));
  if (!section) return [];
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/`/g, '')),
    )
    .filter(([table, owner]) => table && owner && table !== 'Table' && !/^-+$/.test(table))
    .map(([table, owner]): [string, string] => [table, owner]);
}
