import type { SessionReportState } from '@terugkeer/domain';
import type { Queryable } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';

/** The programme's four reflection questions, answered in a reflection talk. */
export interface StoredReflection {
  wentWell: string;
  wasHard: string;
  learned: string;
  nextTime: string;
}

export interface StoredSessionReport {
  id: string;
  caseId: string;
  kind: 'REFLECTION' | 'DIALOGUE' | 'THREE_WAY';
  heldOn: string;
  appointmentId: string | null;
  coachUserId: string;
  colleagueUserId: string | null;
  privateNotes: string;
  summary: string;
  reflection: StoredReflection | null;
  state: SessionReportState;
  validators: string[];
  validatedBy: string[];
  releasedAt: Date | null;
  version: number;
  changeRequest: string | null;
}

const COLUMNS = `r.id, r.case_id AS "caseId", r.kind, r.held_on AS "heldOn", r.appointment_id AS "appointmentId", r.coach_user_id AS "coachUserId",
  r.colleague_user_id AS "colleagueUserId", r.private_notes AS "privateNotes", r.summary, r.state, r.validators, r.validated_by AS "validatedBy",
  r.released_at AS "releasedAt", r.version,
  CASE WHEN r.went_well IS NULL THEN NULL
       ELSE json_build_object('wentWell', r.went_well, 'wasHard', r.was_hard, 'learned', r.learned, 'nextTime', r.next_time) END AS reflection,
  (SELECT h.comment FROM session_report_history h WHERE h.report_id = r.id AND h.action = 'REQUEST_CHANGE' ORDER BY h.at DESC LIMIT 1) AS "changeRequest"`;

const reflectionColumns = (reflection: StoredReflection | null) =>
  reflection ? [reflection.wentWell, reflection.wasHard, reflection.learned, reflection.nextTime] : [null, null, null, null];

export class SessionReportRepository {
  constructor(private readonly db: Queryable) {}

  ofCases(caseIds: readonly string[]): Promise<StoredSessionReport[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM session_reports r WHERE r.case_id = ANY($1) ORDER BY r.held_on, r.created_at`, [caseIds]);
  }

  awaitingValidationBy(userId: string): Promise<StoredSessionReport[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM session_reports r WHERE r.state = 'AWAITING_VALIDATION' AND $1 = ANY(r.validators) AND NOT $1 = ANY(r.validated_by)
        ORDER BY r.held_on LIMIT 100`,
      [userId],
    );
  }

  async byId(id: string, lock = false): Promise<StoredSessionReport | null> {
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM session_reports r WHERE r.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  async insert(report: Omit<StoredSessionReport, 'id' | 'version' | 'validatedBy' | 'releasedAt' | 'changeRequest'>): Promise<string> {
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO session_reports (id, case_id, kind, held_on, appointment_id, coach_user_id, colleague_user_id, private_notes, summary, state, validators,
                                   went_well, was_hard, learned, next_time)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        id,
        report.caseId,
        report.kind,
        report.heldOn,
        report.appointmentId,
        report.coachUserId,
        report.colleagueUserId,
        report.privateNotes,
        report.summary,
        report.state,
        report.validators,
        ...reflectionColumns(report.reflection),
      ],
    );
    return id;
  }

  async updateText(
    id: string,
    change: Pick<StoredSessionReport, 'kind' | 'heldOn' | 'appointmentId' | 'colleagueUserId' | 'privateNotes' | 'summary' | 'reflection' | 'validators'>,
  ) {
    await this.db.query(
      `UPDATE session_reports SET kind = $2, held_on = $3, appointment_id = $4, colleague_user_id = $5, private_notes = $6, summary = $7,
              validators = $8, went_well = $9, was_hard = $10, learned = $11, next_time = $12,
              validated_by = '{}', version = version + 1, updated_at = now() WHERE id = $1`,
      [
        id,
        change.kind,
        change.heldOn,
        change.appointmentId,
        change.colleagueUserId,
        change.privateNotes,
        change.summary,
        change.validators,
        ...reflectionColumns(change.reflection),
      ],
    );
  }

  async moveTo(id: string, state: SessionReportState, validatedBy: string[]) {
    await this.db.query(
      `UPDATE session_reports SET state = $2, validated_by = $3, version = version + 1, updated_at = now(),
              released_at = CASE WHEN $2 = 'RELEASED' THEN now() WHEN $2 = 'VALIDATED' THEN NULL ELSE released_at END
        WHERE id = $1`,
      [id, state, validatedBy],
    );
  }

  async remember(id: string, userId: string, action: string, state: SessionReportState, comment: string | null = null) {
    await this.db.query(`INSERT INTO session_report_history (report_id, user_id, action, state, comment) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      userId,
      action,
      state,
      comment,
    ]);
  }
}
