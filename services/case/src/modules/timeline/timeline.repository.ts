import type { IsoDate, MilestoneKey } from '@terugkeer/domain';
import type { Queryable } from '@terugkeer/service-kit';
import type { MilestoneFulfilment } from './milestone-fulfilment';

/** The SQL of milestone fulfilments: which legal steps of a case are done, and by what. */
export class TimelineRepository {
  fulfilments(db: Queryable, caseIds: readonly string[]): Promise<{ caseId: string; key: MilestoneKey; fulfilledOn: IsoDate }[]> {
    return db.query(`SELECT case_id AS "caseId", milestone_key AS key, fulfilled_on AS "fulfilledOn" FROM milestone_fulfilments WHERE case_id = ANY($1)`, [
      caseIds,
    ]);
  }

  /** Records the fulfilment unless the milestone is already done; true when it was recorded. */
  async insertFulfilment(db: Queryable, fulfilment: MilestoneFulfilment): Promise<boolean> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO milestone_fulfilments (case_id, milestone_key, fulfilled_on, source, record_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id, milestone_key) DO NOTHING
       RETURNING 1`,
      [fulfilment.caseId, fulfilment.key, fulfilment.fulfilledOn, fulfilment.source, fulfilment.recordId],
    );
    return inserted.length > 0;
  }
}
