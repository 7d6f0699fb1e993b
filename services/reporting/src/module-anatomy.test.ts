import { sqlOutsideRepositories, tableOwners, tablesCreatedByMigrations } from '@terugkeer/service-kit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The messaging tables (outbox, inbox, dead letters) belong to the kit's event delivery, not to a module. */
const EVENT_DELIVERY = 'service-kit events';

describe('the reporting modules', () => {
  it('run SQL only in repositories, projections and migrations', () => {
    expect(sqlOutsideRepositories(__dirname, [])).toEqual([]);
  });

  it('name one owning module, in the README, for every table the migrations create', () => {
    const owners = tableOwners(readFileSync(join(__dirname, '..', 'README.md'), 'utf8'));
    const tables = owners.map(([table]) => table);
    expect(tables).toEqual([...new Set(tables)]);
    expect([...tables].sort()).toEqual(tablesCreatedByMigrations(join(__dirname, 'migrations')).sort());
    for (const [, owner] of owners) {
      if (owner !== EVENT_DELIVERY) expect(existsSync(join(__dirname, 'modules', owner))).toBe(true);
    }
  });
});
