import { required } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { Queryable } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import { EscalationStatus, type Escalation, type EscalationAgreementWay, type EscalationUrgency } from './escalation.types';

/** The employee's agreement as the coach recorded it; null when the employee is to answer on their own screen. */
export interface RecordedAgreement {
  way: EscalationAgreementWay;
  agreedOn: string;
}
import { DirectoryRepository } from '../directory/directory.repository';

const SELECT = `SELECT e.id, e.case_id AS "caseId", e.reason, e.urgency, e.status, e.raised_by AS "raisedBy", e.raised_at AS "raisedAt",
    e.employee_agreed_at AS "employeeAgreedAt", e.employee_agreed_on AS "employeeAgreedOn", e.agreement_way AS "agreementWay",
    e.declined_at AS "declinedAt", e.doctor_user_id AS doctor, e.doctor_user_id AS "doctorUserId",
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
    escalation: {
      caseId: string;
      coachUserId: string;
      doctorUserId: string;
      reason: string;
      urgency: EscalationUrgency;
      agreement: RecordedAgreement | null;
      at: Date;
    },
  ): Promise<string> {
    const id = randomUUID();
    const { agreement } = escalation;
    await manager.query(
      `INSERT INTO escalations (id, case_id, raised_by, doctor_user_id, reason, urgency, raised_at, status, employee_agreed_at, employee_agreed_on, agreement_way)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        escalation.caseId,
        escalation.coachUserId,
        escalation.doctorUserId,
        escalation.reason,
        escalation.urgency,
        escalation.at,
        agreement ? EscalationStatus.OPEN : EscalationStatus.AWAITING_EMPLOYEE,
        agreement ? escalation.at : null,
        agreement?.agreedOn ?? null,
        agreement?.way ?? null,
      ],
    );
    return id;
  }

  /** The employee's own answer; false when the version moved on or it was answered already. */
  async answer(manager: EntityManager, id: string, expectedVersion: number, agree: boolean, at: Date, day: string): Promise<boolean> {
    const status = agree ? EscalationStatus.OPEN : EscalationStatus.DECLINED;
    const [, updated] = await manager.query(
      `UPDATE escalations SET status = $3, version = version + 1,
              employee_agreed_at = CASE WHEN $4 THEN $5::timestamptz END, employee_agreed_on = CASE WHEN $4 THEN $6::date END,
              agreement_way = CASE WHEN $4 THEN 'EMPLOYEE_SCREEN' END, declined_at = CASE WHEN $4 THEN NULL ELSE $5::timestamptz END
        WHERE id = $1 AND version = $2 AND status = 'AWAITING_EMPLOYEE'`,
      [id, expectedVersion, status, agree, at, day],
    );
    return updated === 1;
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
