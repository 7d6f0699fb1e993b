import type { Queryable } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import { TalkRequestState, type TalkRequest } from './talk-request.types';

const COLUMNS = `id, case_id AS "caseId", state, requested_at AS "requestedAt", appointment_id AS "appointmentId", planned_at AS "plannedAt"`;

export class TalkRequestRepository {
  /** Requests per case, newest first. */
  async ofCases(db: Queryable, caseIds: readonly string[]): Promise<TalkRequest[]> {
    return db.query(`SELECT ${COLUMNS} FROM talk_requests WHERE case_id = ANY($1::uuid[]) ORDER BY requested_at DESC`, [caseIds]);
  }

  /** The request, locked for a change in this transaction. */
  async lock(db: Queryable, id: string): Promise<TalkRequest | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM talk_requests WHERE id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  /** A new request, or null when one of the case still waits (the partial unique index decides). */
  async insertUnlessOpen(db: Queryable, caseId: string, requestedBy: string): Promise<TalkRequest | null> {
    const [row] = await db.query(
      `INSERT INTO talk_requests (id, case_id, requested_by, state) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id) WHERE state = 'REQUESTED' DO NOTHING RETURNING ${COLUMNS}`,
      [randomUUID(), caseId, requestedBy, TalkRequestState.REQUESTED],
    );
    return row ?? null;
  }

  async open(db: Queryable, caseId: string): Promise<TalkRequest | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM talk_requests WHERE case_id = $1 AND state = $2`, [caseId, TalkRequestState.REQUESTED]);
    return row ?? null;
  }

  async markPlanned(db: Queryable, id: string, appointmentId: string, plannedBy: string): Promise<TalkRequest> {
    const [[row]] = await db.query(
      `UPDATE talk_requests SET state = $2, appointment_id = $3, planned_by = $4, planned_at = clock_timestamp() WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, TalkRequestState.PLANNED, appointmentId, plannedBy],
    );
    return row;
  }
}
