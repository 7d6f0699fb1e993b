import { required } from '@terugkeer/domain';
import { Client } from 'pg';

/**
 * Each subgraph runs as a role of its own (`<SERVICE>_DATABASE_URL`) that may change the
 * rows of its own schema and the shared queue's, and nothing else; its migrations run as
 * another role (`<SERVICE>_MIGRATION_DATABASE_URL`) that owns the schema.
 */
const SERVICES = ['case', 'scheduling', 'reporting'] as const;
type Service = (typeof SERVICES)[number];

const urlOf = (service: Service, kind: 'DATABASE_URL' | 'MIGRATION_DATABASE_URL') => {
  const url = process.env[`${service.toUpperCase()}_${kind}`];
  if (!url) throw new Error(`${service.toUpperCase()}_${kind} is not set: run these tests through \`npm test\`.`);
  return url;
};
const runtimeUrl = (service: Service) => urlOf(service, 'DATABASE_URL');
const migrationUrl = (service: Service) => urlOf(service, 'MIGRATION_DATABASE_URL');
const roleOf = (url: string) => decodeURIComponent(new URL(url).username);

async function connectedTo<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The SQLSTATE a statement fails with, or null when it succeeds; inside a transaction that is rolled back. */
async function failureOf(client: Client, sql: string): Promise<string | null> {
  await client.query('BEGIN');
  try {
    await client.query(sql);
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'unknown';
  } finally {
    await client.query('ROLLBACK');
  }
}

const INSUFFICIENT_PRIVILEGE = '42501';

describe.each(SERVICES)('the %s service at run time', (service) => {
  const schema = service;

  it('reads and writes the rows of its own tables, with their sequences', async () => {
    await connectedTo(runtimeUrl(service), async (db) => {
      await db.query('BEGIN');
      try {
        const {
          rows: [inserted],
        } = await db.query(
          `INSERT INTO "${schema}".inbox (id, type, aggregate_id, organization_id, occurred_at, payload)
           VALUES (gen_random_uuid(), 'roles.probe', 'probe', 'probe', now(), '{}') RETURNING id, position`,
        );
        expect(Number(inserted.position)).toBeGreaterThan(0);
        const updated = await db.query(`UPDATE "${schema}".inbox SET payload = '{"seen": true}' WHERE id = $1`, [inserted.id]);
        expect(updated.rowCount).toBe(1);
        const read = await db.query(`SELECT payload FROM "${schema}".inbox WHERE id = $1`, [inserted.id]);
        expect(read.rows[0].payload).toEqual({ seen: true });
        const deleted = await db.query(`DELETE FROM "${schema}".inbox WHERE id = $1`, [inserted.id]);
        expect(deleted.rowCount).toBe(1);
      } finally {
        await db.query('ROLLBACK');
      }
    });
  });

  it('may select, insert, update and delete in every table of its schema, those of later migrations included', async () => {
    await connectedTo(runtimeUrl(service), async (db) => {
      const { rows: tables } = await db.query(
        `SELECT c.relname AS table, (SELECT attname FROM pg_attribute WHERE attrelid = c.oid AND attnum = 1) AS column
           FROM pg_class c WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition`,
        [schema],
      );
      expect(tables.length).toBeGreaterThan(3);
      const refused: string[] = [];
      for (const { table, column } of tables) {
        const name = `"${schema}"."${table}"`;
        // WHERE false touches no row, but PostgreSQL checks the privilege all the same.
        for (const sql of [
          `SELECT 1 FROM ${name} LIMIT 1`,
          `INSERT INTO ${name} SELECT * FROM ${name} WHERE false`,
          `UPDATE ${name} SET "${column}" = "${column}" WHERE false`,
          `DELETE FROM ${name} WHERE false`,
        ]) {
          // A trigger may refuse (the audit log is append-only); the privilege must not.
          if ((await failureOf(db, sql)) === INSUFFICIENT_PRIVILEGE) refused.push(sql);
        }
      }
      expect(refused).toEqual([]);
    });
  });

  it("is refused on every other service's schema", async () => {
    await connectedTo(runtimeUrl(service), async (db) => {
      for (const other of SERVICES.filter((name) => name !== service)) {
        expect(await failureOf(db, `SELECT 1 FROM "${other}".inbox LIMIT 1`)).toBe(INSUFFICIENT_PRIVILEGE);
        expect(await failureOf(db, `INSERT INTO "${other}".inbox SELECT * FROM "${other}".inbox WHERE false`)).toBe(INSUFFICIENT_PRIVILEGE);
      }
    });
  });

  it('cannot create or drop anything: not in its schema, not in the queue, not a schema of its own', async () => {
    await connectedTo(runtimeUrl(service), async (db) => {
      for (const sql of [
        `CREATE TABLE "${schema}".roles_probe (id int)`,
        `DROP TABLE "${schema}".inbox`,
        `ALTER TABLE "${schema}".inbox ADD COLUMN roles_probe int`,
        `TRUNCATE "${schema}".inbox`,
        `CREATE TABLE public.roles_probe (id int)`,
        `CREATE SCHEMA roles_probe`,
        `CREATE TABLE pgboss.roles_probe (id int)`,
        `DROP TABLE pgboss.job`,
        `CREATE EXTENSION IF NOT EXISTS "uuid-ossp"`,
      ]) {
        expect([sql, await failureOf(db, sql)]).toEqual([sql, INSUFFICIENT_PRIVILEGE]);
      }
    });
  });

  it('is no superuser and may not create roles or databases', async () => {
    await connectedTo(runtimeUrl(service), async (db) => {
      const { rows } = await db.query(
        `SELECT current_user AS role, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
      );
      expect(rows).toEqual([{ role: roleOf(runtimeUrl(service)), rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false }]);
    });
  });

  it("is the role the running service connects as, and no connection of the service or the queue is a superuser's", async () => {
    // The health check borrows a connection from the service's pool, which keeps it open a while.
    expect((await fetch(`http://127.0.0.1:${process.env[`${service.toUpperCase()}_PORT`]}/healthz`)).status).toBe(200);
    const connections = await connectedTo(required(process.env.DATABASE_URL, 'DATABASE_URL'), async (db) => {
      const { rows } = await db.query(
        // pg-boss names its connections `pgboss`, or `pgboss:<instance>` where it registers its instance.
        `SELECT DISTINCT CASE WHEN a.application_name = $1 THEN $1 ELSE 'pgboss' END AS client, a.usename AS role, r.rolsuper AS superuser
           FROM pg_stat_activity a JOIN pg_roles r ON r.oid = a.usesysid
          WHERE a.application_name = $1 OR a.application_name = 'pgboss' OR a.application_name LIKE 'pgboss:%'`,
        [`terugkeer-${schema}`],
      );
      return rows as { client: string; role: string; superuser: boolean }[];
    });
    expect(connections.filter(({ client }) => client === `terugkeer-${schema}`).map(({ role }) => role)).toContain(roleOf(runtimeUrl(service)));
    expect(connections.filter(({ client }) => client === 'pgboss').map(({ role }) => role)).toContain(roleOf(runtimeUrl(service)));
    expect(connections.filter(({ superuser }) => superuser)).toEqual([]);
  });
});

describe.each(SERVICES)("the %s service's migration role", (service) => {
  it('owns its schema and everything in it', async () => {
    await connectedTo(required(process.env.DATABASE_URL, 'DATABASE_URL'), async (db) => {
      const { rows } = await db.query(
        `SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = $1
         UNION SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = $1::regnamespace`,
        [service],
      );
      expect(rows).toEqual([{ owner: roleOf(migrationUrl(service)) }]);
    });
  });

  it("is no superuser, and is refused on every other service's schema", async () => {
    await connectedTo(migrationUrl(service), async (db) => {
      const { rows } = await db.query(`SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`);
      expect(rows).toEqual([{ rolsuper: false, rolcreaterole: false, rolcreatedb: false }]);
      for (const other of SERVICES.filter((name) => name !== service)) {
        expect(await failureOf(db, `SELECT 1 FROM "${other}".inbox LIMIT 1`)).toBe(INSUFFICIENT_PRIVILEGE);
      }
      expect(await failureOf(db, `CREATE SCHEMA roles_probe`)).toBe(INSUFFICIENT_PRIVILEGE);
    });
  });
});

describe('the shared queue', () => {
  it('belongs to one owner no one logs in as, down to the table of every queue the services created', async () => {
    const owners = await connectedTo(required(process.env.DATABASE_URL, 'DATABASE_URL'), async (db) => {
      const { rows } = await db.query(
        `SELECT DISTINCT r.rolname AS owner, r.rolcanlogin AS login, r.rolsuper AS superuser FROM (
           SELECT nspowner AS owner FROM pg_namespace WHERE nspname = 'pgboss'
           UNION ALL SELECT relowner FROM pg_class WHERE relnamespace = 'pgboss'::regnamespace
           UNION ALL SELECT proowner FROM pg_proc WHERE pronamespace = 'pgboss'::regnamespace) o
         JOIN pg_roles r ON r.oid = o.owner`,
      );
      const { rows: queues } = await db.query(`SELECT count(*)::int AS n FROM pgboss.queue`);
      return { owners: rows, queues: queues[0].n };
    });
    expect(owners.queues).toBeGreaterThan(3);
    expect(owners.owners).toEqual([{ owner: expect.stringMatching(/_queue_owner$/), login: false, superuser: false }]);
  });
});

describe('passwords', () => {
  const roles = () => SERVICES.flatMap((service) => [roleOf(runtimeUrl(service)), roleOf(migrationUrl(service))]);

  it('are stored as SCRAM-SHA-256 verifiers for every login role of the platform', async () => {
    const stored = await connectedTo(required(process.env.DATABASE_URL, 'DATABASE_URL'), async (db) => {
      const { rows } = await db.query(`SELECT rolname, rolpassword LIKE 'SCRAM-SHA-256$%' AS scram FROM pg_authid WHERE rolname = ANY($1) ORDER BY rolname`, [
        roles(),
      ]);
      return rows;
    });
    expect(stored).toEqual(
      roles()
        .sort()
        .map((rolname) => ({ rolname, scram: true })),
    );
  });

  const embedded = !process.env.TEST_DATABASE_URL;
  (embedded ? it : it.skip)('are asked for with SCRAM on every connection the embedded cluster accepts', async () => {
    const rules = await connectedTo(required(process.env.DATABASE_URL, 'DATABASE_URL'), async (db) => {
      const { rows } = await db.query(`SELECT DISTINCT type, auth_method FROM pg_hba_file_rules WHERE error IS NULL ORDER BY type`);
      return rows;
    });
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((rule) => rule.auth_method !== 'scram-sha-256')).toEqual([]);
    const setting = await connectedTo(runtimeUrl('case'), async (db) => (await db.query('SHOW password_encryption')).rows[0].password_encryption);
    expect(setting).toBe('scram-sha-256');
  });

  it('are required: a runtime role without its password is turned away', async () => {
    const url = new URL(runtimeUrl('case'));
    url.password = 'wrong';
    await expect(connectedTo(url.toString(), async () => null)).rejects.toThrow(/password authentication failed/);
  });
});
