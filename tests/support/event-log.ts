import { withDatabase } from './database';

/** The services that publish from an outbox of their own. */
export const PUBLISHERS = ['case', 'scheduling', 'reporting'] as const;
export type Publisher = (typeof PUBLISHERS)[number];
export type ServiceSchema = 'case' | 'scheduling' | 'reporting';

export interface OutboxEvent {
  publisher: Publisher;
  position: number;
  id: string;
  type: string;
  aggregateId: string;
  organizationId: string;
  payload: Record<string, unknown>;
}

export type OutboxMark = Record<Publisher, number>;

/** Where each outbox ends now, so what a step writes afterwards can be told apart. */
export async function outboxMark(): Promise<OutboxMark> {
  const mark = {} as OutboxMark;
  for (const publisher of PUBLISHERS) {
    mark[publisher] = await withDatabase(publisher, async (db) => Number((await db.query(`SELECT coalesce(max(position), 0) AS p FROM outbox`)).rows[0].p));
  }
  return mark;
}

/** The events an organization's changes wrote to the outboxes since the mark (all of them without one). */
export async function outboxEvents(organizationId: string, since?: OutboxMark): Promise<OutboxEvent[]> {
  const events: OutboxEvent[] = [];
  for (const publisher of PUBLISHERS) {
    const { rows } = await withDatabase(publisher, (db) =>
      db.query(`SELECT position, id, type, aggregate_id, organization_id, payload FROM outbox WHERE organization_id = $1 AND position > $2 ORDER BY position`, [
        organizationId,
        since?.[publisher] ?? 0,
      ]),
    );
    events.push(
      ...rows.map((row) => ({
        publisher,
        position: Number(row.position),
        id: row.id,
        type: row.type,
        aggregateId: row.aggregate_id,
        organizationId: row.organization_id,
        payload: row.payload,
      })),
    );
  }
  return events;
}

/** Which of these events a consuming service has applied (its inbox row commits with the change). */
export async function appliedBy(schema: ServiceSchema, ids: string[]): Promise<string[]> {
  const { rows } = await withDatabase(schema, (db) => db.query(`SELECT id FROM inbox WHERE id = ANY($1::uuid[])`, [ids]));
  return rows.map((row) => row.id);
}

export interface DeadLetterRow {
  consumer: string;
  id: string;
  type: string;
  error_class: string;
  error_code: string | null;
  error_message: string;
  attempts: number;
  failed_at: Date;
}

export async function deadLettersOf(schema: ServiceSchema, ids: string[]): Promise<DeadLetterRow[]> {
  const { rows } = await withDatabase(schema, (db) => db.query(`SELECT * FROM dead_letters WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids]));
  return rows;
}
