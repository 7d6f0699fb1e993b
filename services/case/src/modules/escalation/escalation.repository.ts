import { required } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { Queryable } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import type { Escalation, EscalationUrgency } from './escalation.types';
import { DirectoryRepository } from '../directory/directory.repository';

const SELECT = `SELECT e.id, e.case_id AS "caseId", e.reason, e.urgency, e.status, e.raised_by AS "raisedBy", e.raised_at AS "raisedAt",
    e.employee_agreed_at AS "employeeAgreedAt", e.doctor_user_id AS doctor, e.doctor_user_id AS "doctorUserId",
    e.acknowledged_at AS "acknowledgedAt", e.acknowledgement_note AS "acknowledgementNote", e.version
  FROM escalations e`;

/** The rows carry user ids under `raisedBy` and `doctor`; the reader sees names, from the directory. */
async function withNames(db: Queryable, rows: Escalation[]): Promise<Escalation[]> {
  const names = await new DirectoryRepository().userNameMap(
    db,
    rows.flatMap((row) => [row.raisedBy, row.doctor]),
  );
  const nameOf = (userId: string) => required(names.get(userId), `the name of user ${userId}`);
  return rows.map((row) => ({ ...row, raisedBy: nameOf(row.raisedBy), doctor: nameOf(row.doctor) }));
}

export class EscalationRepository {
  forCase(db: Queryable, caseId: string): Promise<Escalation[]> {
    return db.query(`${SELECT} WHERE e.case_id = $1 ORDER BY e.raised_at`, [caseId]).then((rows) => withNames(db, rows));
  }

  async byId(db: Queryable, id: string): Promise<Escalation | null> {
    const [row] = await withNames(db, await db.query(`${SELECT} WHERE e.id = $1`, [id]));
    return row ?? null;
  }

  async insert(
    manager: EntityManager,
    escalation: { caseId: string; coachUserId: string; doctorUserId: string; reason: string; urgency: EscalationUrgency; at: Date },
  ): Promise<string> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO escalations (id, case_id, raised_by, doctor_user_id, reason, urgency, employee_agreed_at, raised_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [id, escalation.caseId, escalation.coachUserId, escalation.doctorUserId, escalation.reason, escalation.urgency, escalation.at],
    );
    return id;
  }

  /** False when the version moved on or it was acknowledged already. */
  async acknowledge(manager: EntityManager, id: string, expectedVersion: number, doctorUserId: string, note: string, at: Date): Promise<boolean> {
    const [, updated] = await manager.query(
      `UPDATE escalations SET status = 'ACKNOWLEDGED', acknowledged_by = $3, acknowledged_at = $4, acknowledgement_note = $5, version = version + 1
        WHERE id = $1 AND version = $2 AND status = 'OPEN'`,
      [id, expectedVersion, doctorUserId, at, note],
    );
    return updated === 1;
  }
}
