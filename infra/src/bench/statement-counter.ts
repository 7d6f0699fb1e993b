import pg from 'pg';

/**
 * Counts the SQL statements the services send, from pg_stat_statements (the benchmark's
 * platform loads it). Statements the platform runs on its own while idle (event relays and
 * consumers polling) are learned first and left out; transaction control is not counted.
 */
export class StatementCounter {
  private readonly background = new Set<string>();

  private constructor(private readonly client: pg.Client) {}

  static async connect(databaseUrl: string): Promise<StatementCounter> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    return new StatementCounter(client);
  }

  /** Watches the idle platform for `ms` and remembers what it runs by itself. */
  async learnBackground(ms: number): Promise<number> {
    const before = await this.snapshot();
    await new Promise((resolve) => setTimeout(resolve, ms));
    for (const [key, calls] of await this.snapshot()) if (calls !== (before.get(key) ?? 0)) this.background.add(key);
    return this.background.size;
  }

  /** The statements each service role ran during `step`, by service. */
  async count(step: () => Promise<unknown>): Promise<Record<string, number>> {
    const before = await this.snapshot();
    await step();
    const byService: Record<string, number> = {};
    for (const [key, calls] of await this.snapshot()) {
      const delta = calls - (before.get(key) ?? 0);
      if (!delta || this.background.has(key)) continue;
      const service = key.split('\u0000')[0];
      byService[service] = (byService[service] ?? 0) + delta;
    }
    return byService;
  }

  close(): Promise<void> {
    return this.client.end();
  }

  /** Calls per statement of the services' roles (not the superuser's, which counts). */
  private async snapshot(): Promise<Map<string, number>> {
    const { rows } = await this.client.query<{ role: string; queryid: string; calls: string }>(
      `SELECT r.rolname AS role, s.queryid::text AS queryid, s.calls::text AS calls
         FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
        WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND r.rolname <> current_user`,
    );
    return new Map(rows.map((row) => [`${serviceOf(row.role)}\u0000${row.queryid}`, Number(row.calls)]));
  }
}

/** The service a role belongs to: its roles carry its name (`terugkeer_case_runtime`, …). */
const serviceOf = (role: string) => /_(case|scheduling|reporting)_(runtime|migration)$/.exec(role)?.[1] ?? role;
