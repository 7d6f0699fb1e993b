import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sqlCalls } from './sql-calls';
import { fromRoot, REPOSITORY_ROOT, serviceDirectories, typeScriptFiles } from './source-tree';

/**
 * Where SQL belongs in a service: a module's repository (all SQL of the tables it owns), a
 * projection (an event consumer writing its read model) and the migrations (frozen schema
 * changes). Everything else asks a repository.
 */
const SQL_PLACES: { test: (path: string) => boolean; why: string }[] = [
  { test: (path) => path.endsWith('.repository.ts'), why: 'a module reads and writes its own tables' },
  { test: (path) => path.endsWith('.projection.ts'), why: 'an event consumer writes its read model' },
  { test: (path) => /^services\/[^/]+\/src\/migrations\//.test(path), why: 'frozen schema changes' },
];

/** Files outside those places that may still run SQL, each with its reason. */
const EXCEPTIONS: Record<string, string> = {
  'services/scheduling/src/jobs/job-queue.ts':
    "pg-boss's adapter: it runs the queue's own statements (`executeSql`) on the caller's transaction, so a job is sent only if the change commits; no SQL of ours",
};

const sqlPlace = (path: string): boolean => SQL_PLACES.some((place) => place.test(path)) || path in EXCEPTIONS;

describe('SQL lives in repositories, projections and migrations', () => {
  it('finds every form of SQL call it looks for, and nothing else', () => {
    const source = `
      // manager.query('in a comment') is not code
      const text = "dataSource.query(";
      await manager.query('SELECT 1');
      await this.dataSource.query('SELECT 2');
      await context.manager.findOneBy(Case, { id });
      await transactionalEntityManager.save(appointment);
      const repository = dataSource.getRepository(Case);
      const builder = manager.createQueryBuilder();
      await manager.transaction(async () => {});
      [1, 2].find((n) => n > 1);
      loaders.caseAccess.clear(id);
      await this.repository.insert(manager, row);
    `;
    expect(sqlCalls('example.ts', source).map(({ call }) => call)).toEqual([
      'manager.query(',
      'dataSource.query(',
      'manager.findOneBy(',
      'transactionalEntityManager.save(',
      'dataSource.getRepository(',
      'manager.createQueryBuilder(',
    ]);
  });

  it('has no SQL anywhere else in a service', () => {
    const misplaced = serviceDirectories()
      .flatMap((service) => typeScriptFiles(join(service, 'src')))
      .map(fromRoot)
      .filter((path) => !sqlPlace(path))
      .flatMap((path) => sqlCalls(path, readFileSync(join(REPOSITORY_ROOT, path), 'utf8')).map(({ line, call }) => `${path}:${line} ${call}`));
    expect(misplaced).toEqual([]);
  });

  it('keeps no exception that no longer holds', () => {
    const stale = Object.keys(EXCEPTIONS).filter((path) => {
      const file = join(REPOSITORY_ROOT, path);
      return !existsSync(file) || sqlCalls(path, readFileSync(file, 'utf8')).length === 0 || SQL_PLACES.some((place) => place.test(path));
    });
    expect(stale).toEqual([]);
  });
});
