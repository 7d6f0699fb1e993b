import pg from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';

// Calendar dates stay ISO strings (YYYY-MM-DD); a JS Date would shift them by the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface ServiceDatabaseOptions {
  url: string;
  /** The service's own Postgres schema; it never reads another's. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

export function createServiceDataSource(options: ServiceDatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Extensions are a superuser's business; the service's roles may not create them.
    installExtensions: false,
    // typeorm's own logger prints failing statements with their parameters; errors reach our logger instead.
    logging: false,
    extra: {
      max: options.poolSize ?? 10,
      application_name: `terugkeer-${options.schema}`,
      // Raw SQL (outbox, inbox, repositories) then names the service's own tables unqualified.
      options: `-c search_path="${options.schema}",public`,
    },
  });
}

/**
 * Creates the schema when missing, then applies pending migrations, each in its own
 * transaction. Where the schema was made for the migration role (the launcher's
 * bootstrap, an operator), that role need not be allowed to create schemas at all:
 * `CREATE SCHEMA IF NOT EXISTS` would demand it even when the schema exists.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const [{ present }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS present`, [schema]);
  if (!present) await dataSource.query(`CREATE SCHEMA "${schema}"`);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
