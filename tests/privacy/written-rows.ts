import type { Pool } from 'pg';

const SCHEMAS = ['case', 'scheduling', 'reporting'];
/** Event plumbing and migration bookkeeping: no domain data of their own. */
const PLUMBING = ['outbox', 'inbox', 'migrations'];

/** The newest transaction id: rows written after this moment carry a larger `xmin`. */
export async function transactionMark(client: Pool): Promise<bigint> {
  const { rows } = await client.query(`SELECT txid_current() % 4294967296 AS xid`);
  return BigInt(rows[0].xid);
}

export interface WrittenRow {
  table: string;
  xmin: bigint;
  text: string;
}

/** Every row of every service's domain tables inserted or changed after the mark, as text. */
export async function rowsWrittenAfter(client: Pool, mark: bigint): Promise<WrittenRow[]> {
  const { rows: tables } = await client.query(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' AND NOT table_name = ANY($2)`,
    [SCHEMAS, PLUMBING],
  );
  const written: WrittenRow[] = [];
  for (const table of tables as { schema: string; name: string }[]) {
    const qualified = `"${table.schema}"."${table.name}"`;
    const { rows } = await client.query(`SELECT xmin::text AS xmin, row_to_json(t)::text AS text FROM ${qualified} t WHERE xmin::text::bigint > $1`, [
      mark.toString(),
    ]);
    for (const row of rows) written.push({ table: `${table.schema}.${table.name}`, xmin: BigInt(row.xmin), text: row.text });
  }
  return written;
}
