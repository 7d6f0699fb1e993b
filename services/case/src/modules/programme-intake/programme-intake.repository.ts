import { required } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { Queryable } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import type { ProgrammeIntake } from './programme-intake.types';
import { DirectoryRepository } from '../directory/directory.repository';

export class ProgrammeIntakeRepository {
  /** The latest intake of each case. */
  async latest(db: Queryable, caseIds: readonly string[]): Promise<ProgrammeIntake[]> {
    const rows: ProgrammeIntake[] = await db.query(
      `SELECT DISTINCT ON (i.case_id) i.id, i.case_id AS "caseId", i.fits, i.reason, i.recorded_on::text AS "recordedOn", i.recorded_by AS "recordedBy"
         FROM programme_intakes i
        WHERE i.case_id = ANY($1) ORDER BY i.case_id, i.recorded_at DESC`,
      [caseIds],
    );
    // recorded_by holds the coach's user id; the reader sees their name, from the directory.
    const names = await new DirectoryRepository().userNameMap(
      db,
      rows.map((row) => row.recordedBy),
    );
    return rows.map((row) => ({ ...row, recordedBy: required(names.get(row.recordedBy), `the name of user ${row.recordedBy}`) }));
  }

  async insert(manager: EntityManager, intake: { caseId: string; fits: boolean; reason: string | null; recordedOn: string; coachUserId: string }) {
    const id = randomUUID();
    await manager.query(`INSERT INTO programme_intakes (id, case_id, fits, reason, recorded_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      intake.caseId,
      intake.fits,
      intake.reason,
      intake.recordedOn,
      intake.coachUserId,
    ]);
    return id;
  }
}
