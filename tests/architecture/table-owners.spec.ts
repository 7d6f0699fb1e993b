import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tablesOfMigrations } from './migration-tables';
import { fromRoot, serviceDirectories } from './source-tree';
import { OWNERS_SECTION, ownersTable } from './table-owners';

/** The services with a database: those with migrations. */
const services = serviceDirectories().filter((dir) => existsSync(join(dir, 'src', 'migrations')));

/** The event delivery's tables (outbox, inbox, dead letters) belong to the kit that relays them, in every service. */
const KIT_EVENTS = 'service-kit events';
const KIT_EVENT_TABLES = ['outbox', 'inbox', 'dead_letters'];

describe('every table has exactly one owning module', () => {
  it('reads tables from migrations and owners from a README section', () => {
    expect(services.map((dir) => basename(dir))).toEqual(expect.arrayContaining(['case', 'reporting', 'scheduling']));
    const readme = [
      '# A service',
      '',
      `## ${OWNERS_SECTION}`,
      '',
      '| Table | Owning module |',
      '| --- | --- |',
      '| `cases` | `case` |',
      '| users | directory |',
      '',
      '## Next',
    ].join('\n');
    expect(ownersTable(readme)).toEqual({
      ok: true,
      owners: [
        { table: 'cases', module: 'case' },
        { table: 'users', module: 'directory' },
      ],
    });
    expect(ownersTable('# A service\n\n## Other\n')).toEqual({ ok: false, problem: `has no section "${OWNERS_SECTION}"` });
  });

  describe.each(services.map((dir) => [basename(dir), dir]))('the %s service', (_name, dir) => {
    const readmePath = join(dir, 'README.md');
    const tables = tablesOfMigrations(join(dir, 'src', 'migrations'));
    const owners = () => {
      const parsed = existsSync(readmePath) ? ownersTable(readFileSync(readmePath, 'utf8')) : { ok: false as const, problem: 'does not exist' };
      if (!parsed.ok) throw new Error(`${fromRoot(readmePath)} ${parsed.problem}`);
      return parsed.owners;
    };

    it('creates tables in its migrations', () => {
      expect(tables.length).toBeGreaterThan(0);
    });

    it(`names each of its tables exactly once in its README's "${OWNERS_SECTION}", and no other`, () => {
      const listed = owners().map(({ table }) => table);
      const problems = [
        ...tables.filter((table) => !listed.includes(table)).map((table) => `${table}: created by a migration, not in the README`),
        ...[...new Set(listed)].filter((table) => listed.filter((t) => t === table).length > 1).map((table) => `${table}: listed more than once`),
        ...[...new Set(listed)].filter((table) => !tables.includes(table)).map((table) => `${table}: in the README, created by no migration`),
      ];
      expect(problems).toEqual([]);
    });

    it('gives each table a module that exists', () => {
      const missing = owners()
        .filter(({ table, module }) => !(module === KIT_EVENTS && KIT_EVENT_TABLES.includes(table)))
        .filter(({ module }) => {
          const moduleDir = join(dir, 'src', 'modules', module);
          return module === '' || !existsSync(moduleDir) || !statSync(moduleDir).isDirectory();
        })
        .map(({ table, module }) => `${table}: no module "${module}" in ${fromRoot(join(dir, 'src', 'modules'))}`);
      expect(missing).toEqual([]);
    });
  });
});
