import type { CheckInScores, DipResult } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { Queryable } from '@terugkeer/service-kit';
import type { CheckIn } from './check-in.types';

export type StoredCheckIn = CheckIn & { caseId: string };

/** What the employee wrote beside the scores. */
export interface CheckInTexts {
  signalIds: string[];
  privateNote: string | null;
  need: string | null;
}

const COLUMNS = `id, case_id AS "caseId", checked_in_on AS date, energy, mood, sleep, demands, autonomy, recognition,
  social_support AS "socialSupport", (autonomy + recognition + social_support) / 3.0 AS resources,
  signal_ids AS "signalIds", private_note AS "privateNote", need, dip, dip_reasons AS "dipReasons"`;

export class CheckInRepository {
  constructor(private readonly db: Queryable) {}

  async ofCases(caseIds: readonly string[]): Promise<StoredCheckIn[]> {
    const rows: StoredCheckIn[] = await this.db.query(`SELECT ${COLUMNS} FROM check_ins WHERE case_id = ANY($1) ORDER BY checked_in_on, created_at`, [caseIds]);
    return rows.map((row) => ({ ...row, resources: Number(row.resources) }));
  }

  /** Many check-ins without texts in one statement (generated dossiers); the ids are given so that the caller can publish them. */
  async insertMany(checkIns: readonly { id: string; caseId: string; date: string; scores: CheckInScores; dip: DipResult }[]): Promise<void> {
    if (!checkIns.length) return;
    const score = (field: keyof CheckInScores) => checkIns.map((c) => c.scores[field]);
    await this.db.query(
      `INSERT INTO check_ins (id, case_id, checked_in_on, energy, mood, sleep, demands, autonomy, recognition, social_support, dip, dip_reasons)
       SELECT id, case_id, checked_in_on, energy, mood, sleep, demands, autonomy, recognition, social_support, dip, string_to_array(dip_reasons, ',')
         FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::int[], $10::int[], $11::boolean[], $12::text[])
              AS c(id, case_id, checked_in_on, energy, mood, sleep, demands, autonomy, recognition, social_support, dip, dip_reasons)`,
      [
        checkIns.map((c) => c.id),
        checkIns.map((c) => c.caseId),
        checkIns.map((c) => c.date),
        score('energy'),
        score('mood'),
        score('sleep'),
        score('demands'),
        score('autonomy'),
        score('recognition'),
        score('socialSupport'),
        checkIns.map((c) => c.dip.isDip),
        checkIns.map((c) => c.dip.reasons.join(',')),
      ],
    );
  }

  /** Those of the cases that have a check-in. */
  async casesWithCheckIns(caseIds: readonly string[]): Promise<Set<string>> {
    const rows: { caseId: string }[] = await this.db.query(`SELECT DISTINCT case_id AS "caseId" FROM check_ins WHERE case_id = ANY($1::uuid[])`, [caseIds]);
    return new Set(rows.map((row) => row.caseId));
  }

  async insert(caseId: string, date: string, scores: CheckInScores, texts: CheckInTexts, dip: DipResult): Promise<StoredCheckIn> {
    const id = randomUUID();
    const { signalIds, privateNote, need } = texts;
    await this.db.query(
      `INSERT INTO check_ins (id, case_id, checked_in_on, energy, mood, sleep, demands, autonomy, recognition, social_support, signal_ids, private_note, dip, dip_reasons, need)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        id,
        caseId,
        date,
        scores.energy,
        scores.mood,
        scores.sleep,
        scores.demands,
        scores.autonomy,
        scores.recognition,
        scores.socialSupport,
        signalIds,
        privateNote,
        dip.isDip,
        dip.reasons,
        need,
      ],
    );
    const [stored] = await this.db.query(`SELECT ${COLUMNS} FROM check_ins WHERE id = $1`, [id]);
    return { ...stored, resources: Number(stored.resources) };
  }
}
