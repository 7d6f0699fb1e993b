import {
  milestoneCompliance,
  plannedVersusActual,
  timeZoneOf,
  type IsoDate,
  type Jurisdiction,
  type MilestoneOutcome,
  type TimeZone,
  type TrendCheckIn,
  weeklyCheckInTrend,
} from '@terugkeer/domain';
import type { MilestonePayload } from '@terugkeer/events';
import type { Queryable } from '@terugkeer/service-kit';
import type { CheckInTrendWeek, MilestoneProgress, ProgrammeAttendance, ProgressWeek, StagnationAlert } from './case-progress.types';

export interface BuildUpWeek {
  weekStart: string;
  plannedHours: number;
  actualHours: number | null;
  therapeutic: boolean;
}

export interface CaseActivity {
  eventsApplied: number;
  lastEventAt: string | null;
}

/** The case's timeline as the case service last published it. */
export interface TimelineFacts {
  employeeId: string;
  jurisdiction: Jurisdiction;
  milestones: MilestonePayload[];
}

/** A case's milestones as its progress shows them, and the zone its days are counted in. */
export interface CaseTimelineProgress {
  milestones: MilestoneProgress[];
  onTime: number;
  late: number;
  timeZone: TimeZone;
}

export interface MilestoneFact {
  caseId: string;
  dueDate: IsoDate;
  status: string;
  onTime: boolean | null;
}

export interface ProgrammeFact {
  caseId: string;
  startDate: IsoDate;
  status: string;
}

/** The progress read model: activity, timelines, build-ups, programmes, stagnation alerts, check-in scores and consents. */
export class CaseProgressRepository {
  constructor(private readonly db: Queryable) {}

  async activity(caseIds: readonly string[]): Promise<Map<string, CaseActivity>> {
    const rows: { case_id: string; events_applied: number; last_event_at: Date | null }[] = await this.db.query(
      `SELECT case_id, events_applied, last_event_at FROM case_activity WHERE case_id = ANY($1::uuid[])`,
      [[...caseIds]],
    );
    return new Map(rows.map((r) => [r.case_id, { eventsApplied: r.events_applied, lastEventAt: r.last_event_at?.toISOString() ?? null }]));
  }

  /** The weeks of the current build-up, in week order. */
  async buildUpWeeks(caseId: string): Promise<BuildUpWeek[]> {
    const [row]: { weeks: BuildUpWeek[] }[] = await this.db.query(`SELECT weeks FROM build_ups WHERE case_id = $1`, [caseId]);
    return [...(row?.weeks ?? [])].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  }

  /** Planned against worked hours per week of each of these cases (none without a build-up). */
  async weeksOfCases(caseIds: readonly string[]): Promise<Map<string, ProgressWeek[]>> {
    const rows: { case_id: string; weeks: BuildUpWeek[] }[] = await this.db.query(`SELECT case_id, weeks FROM build_ups WHERE case_id = ANY($1::uuid[])`, [
      caseIds,
    ]);
    return new Map(
      rows.map((row) => {
        const weeks = [...row.weeks].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
        const progress = plannedVersusActual(weeks).map((week, i) => ({
          weekStart: week.weekStart,
          plannedHours: week.planned,
          actualHours: week.actual,
          differenceHours: week.difference,
          cumulativeDifferenceHours: week.cumulativeDifference,
          therapeutic: weeks[i].therapeutic,
        }));
        return [row.case_id, progress];
      }),
    );
  }

  async timeline(caseId: string): Promise<TimelineFacts | null> {
    const [row]: { employee_id: string; jurisdiction: Jurisdiction; milestones: MilestonePayload[] }[] = await this.db.query(
      `SELECT employee_id, jurisdiction, milestones FROM case_timelines WHERE case_id = $1`,
      [caseId],
    );
    return row ? { employeeId: row.employee_id, jurisdiction: row.jurisdiction, milestones: row.milestones } : null;
  }

  /** The milestones of every timeline of these cases. */
  async milestonesOfCases(caseIds: string[]): Promise<MilestoneOutcome[]> {
    const timelines: { milestones: MilestoneOutcome[] }[] = await this.db.query(`SELECT milestones FROM case_timelines WHERE case_id = ANY($1::uuid[])`, [
      caseIds,
    ]);
    return timelines.flatMap((t) => t.milestones);
  }

  /** Of these cases, how many started a programme on or before the day. */
  async casesWithProgrammeFrom(caseIds: string[], day: string): Promise<number> {
    const [{ programmes }]: { programmes: number }[] = await this.db.query(
      `SELECT count(DISTINCT case_id)::int AS programmes FROM programmes WHERE case_id = ANY($1::uuid[]) AND start_date <= $2`,
      [caseIds, day],
    );
    return programmes;
  }

  /**
   * The milestones of each of these cases with their compliance, and the zone of its calendar
   * days by its jurisdiction; a case whose timeline has not arrived has none, in the platform's zone.
   */
  async timelinesOfCases(caseIds: readonly string[]): Promise<Map<string, CaseTimelineProgress>> {
    const rows: { case_id: string; jurisdiction: Jurisdiction; milestones: MilestoneProgress[] }[] = await this.db.query(
      `SELECT case_id, jurisdiction, milestones FROM case_timelines WHERE case_id = ANY($1::uuid[])`,
      [caseIds],
    );
    return new Map(
      rows.map((row) => {
        const milestones = row.milestones.map((m) => ({
          key: m.key,
          kind: m.kind,
          dueDate: m.dueDate,
          status: m.status,
          fulfilledOn: m.fulfilledOn,
          onTime: m.onTime,
        }));
        return [row.case_id, { milestones, ...milestoneCompliance(milestones), timeZone: timeZoneOf(row.jurisdiction) }];
      }),
    );
  }

  /** The newest programme of each of these cases that has one. */
  async programmesOfCases(caseIds: readonly string[]): Promise<Map<string, ProgrammeAttendance>> {
    const rows: { case_id: string; start_date: string; status: string; held: number; missed: number; remaining: number }[] = await this.db.query(
      `SELECT DISTINCT ON (case_id) case_id, start_date::text, status, held, missed, remaining
         FROM programmes WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, start_date DESC`,
      [caseIds],
    );
    return new Map(
      rows.map((row) => [
        row.case_id,
        {
          startDate: row.start_date,
          status: row.status,
          held: row.held,
          missed: row.missed,
          remaining: row.remaining,
          attendanceRate: row.held + row.missed === 0 ? null : row.held / (row.held + row.missed),
        },
      ]),
    );
  }

  async stagnationAlertsOfCases(caseIds: readonly string[]): Promise<Map<string, StagnationAlert[]>> {
    const rows: (StagnationAlert & { caseId: string })[] = await this.db.query(
      `SELECT case_id AS "caseId", alert_id AS "alertId", reason, week_start::text AS "weekStart"
         FROM stagnation_alerts WHERE case_id = ANY($1::uuid[]) ORDER BY week_start, alert_id`,
      [caseIds],
    );
    const byCase = new Map<string, StagnationAlert[]>();
    for (const { caseId, ...alert } of rows) byCase.set(caseId, [...(byCase.get(caseId) ?? []), alert]);
    return byCase;
  }

  /** Whether the employee consents to one of these roles, or to this user in it, seeing her check-in trend. */
  async checkInTrendConsented(caseId: string, roles: string[], userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM consents WHERE case_id = $1 AND granted AND scope IN ('CHECK_IN_TREND', 'CHECK_IN_DETAIL')
          AND grantee_role = ANY($2) AND (grantee_user_id IS NULL OR grantee_user_id = $3) LIMIT 1`,
      [caseId, roles, userId],
    );
    return rows.length > 0;
  }

  async checkInTrend(caseId: string): Promise<CheckInTrendWeek[]> {
    const checkIns: TrendCheckIn[] = await this.db.query(
      `SELECT date::text, energy::float, demands::float, resources::float, dip FROM check_in_scores WHERE case_id = $1 ORDER BY date, check_in_id`,
      [caseId],
    );
    return weeklyCheckInTrend(checkIns);
  }

  /** Every milestone of these cases, for aggregates; never handed out one by one. */
  async milestoneFacts(caseIds: string[]): Promise<MilestoneFact[]> {
    const rows: { case_id: string; milestones: { dueDate: IsoDate; status: string; onTime: boolean | null }[] }[] = await this.db.query(
      `SELECT case_id, milestones FROM case_timelines WHERE case_id = ANY($1::uuid[])`,
      [caseIds],
    );
    return rows.flatMap((row) => row.milestones.map((m) => ({ caseId: row.case_id, dueDate: m.dueDate, status: m.status, onTime: m.onTime })));
  }

  /** The programmes of these cases, for aggregates. */
  programmeFacts(caseIds: string[]): Promise<ProgrammeFact[]> {
    return this.db.query(
      `SELECT case_id AS "caseId", start_date::text AS "startDate", status FROM programmes WHERE case_id = ANY($1::uuid[]) ORDER BY start_date, programme_id`,
      [caseIds],
    );
  }
}
