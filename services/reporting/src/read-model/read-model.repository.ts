import type { Queryable } from '@terugkeer/service-kit';

/** Empties read-model tables wholesale, the schema owner's right: only the rebuild does it. */
export async function truncateTables(db: Queryable, tables: readonly string[]): Promise<void> {
  await db.query(`TRUNCATE ${tables.join(', ')}`);
}

/**
 * How many events the read model has taken in. The inbox only grows, and each event lands in
 * it in the transaction that applies it, so an unchanged count means an unchanged read model.
 */
export async function receivedEvents(db: Queryable): Promise<number> {
  const [row]: { count: string }[] = await db.query(`SELECT count(*) FROM inbox`);
  return Number(row.count);
}
