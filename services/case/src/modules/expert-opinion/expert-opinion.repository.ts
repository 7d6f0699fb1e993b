import type { Queryable } from '@terugkeer/service-kit';
import type { ExpertOpinion } from './expert-opinion.types';

const COLUMNS = `id, requested_by AS "requestedBy", subject, question, requested_on::text AS "requestedOn", outcome, decided_on::text AS "decidedOn"`;

/** All SQL of the expert-opinion requests of a case. */
export class ExpertOpinionRepository {
  ofCase(db: Queryable, caseId: string): Promise<ExpertOpinion[]> {
    return db.query(`SELECT ${COLUMNS} FROM expert_opinions WHERE case_id = $1 ORDER BY requested_on, created_at`, [caseId]);
  }

  async find(db: Queryable, id: string): Promise<(ExpertOpinion & { caseId: string }) | null> {
    const [row] = await db.query(`SELECT ${COLUMNS}, case_id AS "caseId" FROM expert_opinions WHERE id = $1`, [id]);
    return row ?? null;
  }

  async insert(db: Queryable, caseId: string, opinion: Omit<ExpertOpinion, 'outcome' | 'decidedOn'>): Promise<void> {
    await db.query(`INSERT INTO expert_opinions (id, case_id, requested_by, subject, question, requested_on) VALUES ($1, $2, $3, $4, $5, $6)`, [
      opinion.id,
      caseId,
      opinion.requestedBy,
      opinion.subject,
      opinion.question,
      opinion.requestedOn,
    ]);
  }

  async recordOutcome(db: Queryable, id: string, outcome: string, decidedOn: string): Promise<void> {
    await db.query(`UPDATE expert_opinions SET outcome = $2, decided_on = $3 WHERE id = $1`, [id, outcome, decidedOn]);
  }
}
