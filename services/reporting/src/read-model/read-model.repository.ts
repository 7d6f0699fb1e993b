import type { Queryable } from '@terugkeer/service-kit';

/** Empties read-model tables wholesale, the schema owner's right: only the rebuild does it. */
export async function truncateTables(db: Queryable, tables: readonly string[]): Promise<void> {
  await db.query(`TRUNCATE ${tables.join(', ')}`);
}
