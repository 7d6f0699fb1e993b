import type { Queryable } from '@terugkeer/service-kit';

/**
 * The demo's fixture rows, written straight into the tables as a migration would: the
 * directory and the cases exist before any module's service can act on them.
 */
export class DemoRepository {
  /** Inserts the row unless it (or a row with the same key) exists; true when it was inserted. */
  async insertIfMissing(db: Queryable, table: string, row: Record<string, unknown>): Promise<boolean> {
    const columns = Object.keys(row);
    const result: unknown[] = await db.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT DO NOTHING RETURNING 1`,
      Object.values(row),
    );
    return result.length > 0;
  }

  /** Whether the table holds any row of the case. */
  async hasRowsOfCase(db: Queryable, table: string, caseId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM ${table} WHERE case_id = $1 LIMIT 1`, [caseId]);
    return rows.length > 0;
  }
}
