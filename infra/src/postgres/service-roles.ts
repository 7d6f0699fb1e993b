import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { rolePasswords } from './role-passwords.js';

/** Each subgraph's own schema (the `SCHEMA` of the service). */
export const SERVICE_SCHEMAS = { case: 'case', scheduling: 'scheduling', reporting: 'reporting' } as const;
export type SubgraphName = keyof typeof SERVICE_SCHEMAS;
const SUBGRAPHS = Object.keys(SERVICE_SCHEMAS) as SubgraphName[];

/** Where pg-boss keeps the event queue the services share by design (service-kit's `startQueue`). */
const QUEUE_SCHEMA = 'pgboss';

export interface ServiceDatabaseUrls {
  /** The role that owns the service's schema: migrations, and maintenance that rebuilds tables. */
  migration: string;
  /** The role the running service connects as: the rows of its own tables and the queue's, nothing else. */
  runtime: string;
}

export type DatabaseUrls = Record<SubgraphName, ServiceDatabaseUrls>;

export interface DatabaseRoles {
  /** Owns the queue's schema; no one logs in as it, the migration roles may act as it. */
  queueOwner: string;
  services: Record<SubgraphName, { migration: string; runtime: string }>;
}

/** Role names carry the database's name, so two platforms on one server never share a role. */
export function databaseRoles(database: string): DatabaseRoles {
  const prefix = database.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return {
    queueOwner: `${prefix}_queue_owner`,
    services: Object.fromEntries(
      SUBGRAPHS.map((service) => [service, { migration: `${prefix}_${service}_migration`, runtime: `${prefix}_${service}_runtime` }]),
    ) as DatabaseRoles['services'],
  };
}

/**
 * Gives every service a role that owns its schema (for migrations) and one it runs as
 * (rows only), with SCRAM passwords from the data directory. Runs as a superuser on
 * `adminUrl` before the migrations, every start: roles, schemas, ownership and grants are
 * brought to this state whatever the database held before (a cluster from before the
 * roles existed included).
 */
export async function bootstrapDatabaseRoles(adminUrl: string, dataDir: string): Promise<DatabaseUrls> {
  const database = decodeURIComponent(new URL(adminUrl).pathname.slice(1));
  const roles = databaseRoles(database);
  const loginRoles = SUBGRAPHS.flatMap((service) => [roles.services[service].migration, roles.services[service].runtime]);
  const passwords = rolePasswords(dataDir, loginRoles);

  await inTransaction(adminUrl, [setAsideQueueOfPgBoss10()]);
  await inTransaction(adminUrl, rolesAndSchemas(database, roles, passwords));
  await installQueue(adminUrl);
  await inTransaction(adminUrl, queueGrants(roles));

  const urlAs = (role: string) => {
    const url = new URL(adminUrl);
    url.username = role;
    url.password = passwords[role];
    return url.toString();
  };
  return Object.fromEntries(
    SUBGRAPHS.map((service) => [service, { migration: urlAs(roles.services[service].migration), runtime: urlAs(roles.services[service].runtime) }]),
  ) as DatabaseUrls;
}

/** The environment variables that hand these URLs to the services, their migrations and tools. */
export function databaseUrlEnv(urls: DatabaseUrls): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPHS.flatMap((service) => [
      [`${service.toUpperCase()}_DATABASE_URL`, urls[service].runtime],
      [`${service.toUpperCase()}_MIGRATION_DATABASE_URL`, urls[service].migration],
    ]),
  );
}

function rolesAndSchemas(database: string, roles: DatabaseRoles, passwords: Record<string, string>): string[] {
  const statements = [
    `SET LOCAL password_encryption = 'scram-sha-256'`,
    // Nothing but the migrations creates objects, and only in the schemas they own.
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    ...role(roles.queueOwner, null),
    `CREATE SCHEMA IF NOT EXISTS ${id(QUEUE_SCHEMA)} AUTHORIZATION ${id(roles.queueOwner)}`,
  ];
  for (const service of SUBGRAPHS) {
    const schema = SERVICE_SCHEMAS[service];
    const { migration, runtime } = roles.services[service];
    statements.push(
      ...role(migration, passwords[migration]),
      ...role(runtime, passwords[runtime]),
      `GRANT CONNECT ON DATABASE ${id(database)} TO ${id(migration)}, ${id(runtime)}`,
      `CREATE SCHEMA IF NOT EXISTS ${id(schema)} AUTHORIZATION ${id(migration)}`,
      handOver(schema, migration),
      `GRANT USAGE ON SCHEMA ${id(schema)} TO ${id(runtime)}`,
      ...rowAccess(schema, migration, runtime),
    );
  }
  return statements;
}

function queueGrants(roles: DatabaseRoles): string[] {
  const statements = [handOver(QUEUE_SCHEMA, roles.queueOwner)];
  for (const service of SUBGRAPHS) {
    const { migration, runtime } = roles.services[service];
    statements.push(
      // A migration creates its service's queues as the queue's owner (SET ROLE), inheriting nothing from it otherwise.
      `GRANT ${id(roles.queueOwner)} TO ${id(migration)} WITH INHERIT FALSE, SET TRUE`,
      `GRANT USAGE ON SCHEMA ${id(QUEUE_SCHEMA)} TO ${id(runtime)}`,
      ...rowAccess(QUEUE_SCHEMA, roles.queueOwner, runtime),
    );
  }
  return statements;
}

/** A role with no powers beyond logging in (or not even that), its password kept in step. */
function role(name: string, password: string | null): string[] {
  return [
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${literal(name)}) THEN CREATE ROLE ${id(name)}; END IF;
     END $$`,
    `ALTER ROLE ${id(name)} ${password ? 'LOGIN' : 'NOLOGIN'} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS ` +
      `PASSWORD ${password ? literal(password) : 'NULL'}`,
  ];
}

/** Rows of every table in the schema, now and in tables its owner creates later; sequences for their defaults. */
function rowAccess(schema: string, owner: string, runtime: string): string[] {
  return [
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${id(schema)} TO ${id(runtime)}`,
    `GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${id(schema)} TO ${id(runtime)}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(owner)} IN SCHEMA ${id(schema)} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${id(runtime)}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(owner)} IN SCHEMA ${id(schema)} GRANT USAGE ON SEQUENCES TO ${id(runtime)}`,
  ];
}

/**
 * Makes `owner` the owner of the schema and of everything in it. Objects made by someone
 * else — the queue's tables installed by the superuser, or a whole schema migrated before
 * the roles existed — would otherwise stay out of the owner's reach.
 */
function handOver(schema: string, owner: string): string {
  const inSchema = (column: string) => `${column} = ${literal(schema)}::regnamespace`;
  const notOwned = (column: string) => `${column} <> ${literal(owner)}::regrole`;
  return `DO $$
    DECLARE item record;
    BEGIN
      ALTER SCHEMA ${id(schema)} OWNER TO ${id(owner)};
      FOR item IN SELECT oid::regclass AS name FROM pg_class WHERE ${inSchema('relnamespace')} AND relkind IN ('r', 'p', 'v', 'm', 'f') AND ${notOwned('relowner')} LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO %I', item.name, ${literal(owner)});
      END LOOP;
      -- Sequences that belong to a column moved with their table; these stand alone.
      FOR item IN SELECT oid::regclass AS name FROM pg_class WHERE ${inSchema('relnamespace')} AND relkind = 'S' AND ${notOwned('relowner')} LOOP
        EXECUTE format('ALTER SEQUENCE %s OWNER TO %I', item.name, ${literal(owner)});
      END LOOP;
      FOR item IN SELECT t.oid::regtype AS name FROM pg_type t LEFT JOIN pg_class c ON c.oid = t.typrelid
          WHERE ${inSchema('t.typnamespace')} AND ${notOwned('t.typowner')} AND (t.typtype IN ('e', 'd') OR c.relkind = 'c') LOOP
        EXECUTE format('ALTER TYPE %s OWNER TO %I', item.name, ${literal(owner)});
      END LOOP;
      FOR item IN SELECT oid::regprocedure AS name FROM pg_proc WHERE ${inSchema('pronamespace')} AND ${notOwned('proowner')} LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', item.name, ${literal(owner)});
      END LOOP;
    END $$`;
}

/**
 * pg-boss 11 and later cannot migrate the schema pg-boss 10 wrote (version 24 and older):
 * that queue moves aside to `pgboss_v10` before the roles take the schema over, as
 * service-kit's `setAsideQueueOfPgBoss10` does where the services install the queue themselves.
 */
function setAsideQueueOfPgBoss10(): string {
  return `DO $$
    DECLARE installed int;
    BEGIN
      IF to_regclass(${literal(`${QUEUE_SCHEMA}.version`)}) IS NULL THEN RETURN; END IF;
      -- Dynamic: a static query on a table that may be missing would fail when planned.
      EXECUTE ${literal(`SELECT version::int FROM ${id(QUEUE_SCHEMA)}.version`)} INTO installed;
      IF installed < 25 THEN
        ALTER SCHEMA ${id(QUEUE_SCHEMA)} RENAME TO ${id(`${QUEUE_SCHEMA}_v10`)};
      END IF;
    END $$`;
}

/**
 * pg-boss creates its schema with `CREATE SCHEMA IF NOT EXISTS`, which PostgreSQL allows
 * only to a role that may create schemas; the superuser installs (and upgrades) it here
 * and `handOver` gives it to the queue's owner.
 */
async function installQueue(adminUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: adminUrl, schema: QUEUE_SCHEMA, max: 1, migrate: true, supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false });
}

async function inTransaction(adminUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Two launchers bootstrapping one server at once would race to create the same roles.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('terugkeer database roles'))`);
    for (const statement of statements) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    // The failure that led here is the one worth reporting; a failed rollback adds nothing.
    // eslint-disable-next-line no-restricted-syntax -- see above
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

const id = (name: string) => pg.escapeIdentifier(name);
const literal = (value: string) => pg.escapeLiteral(value);
