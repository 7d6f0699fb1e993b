import {
  milestoneCompliance,
  PLATFORM_TIME_ZONE,
  plannedVersusActual,
  timeZoneOf,
  weeklyCheckInTrend,
  type CaseRelationship,
  type Jurisdiction,
  type TimeZone,
  type TrendCheckIn,
} from '@terugkeer/domain';
import type { DataSource } from 'typeorm';
import type { CheckInTrendWeek, MilestoneProgress, ProgrammeAttendance, ProgressWeek, StagnationAlert } from './case-progress.types';

const TREND_READERS: CaseRelationship[] = ['MANAGER', 'COMPANY_DOCTOR', 'COACH'];

export class CaseProgressRepository {
  constructor(private readonly dataSource: DataSource) {}

  async weeks(caseId: string): Promise<ProgressWeek[]> {
    const [row]: { weeks: { weekStart: string; plannedHours: number; actualHours: number | null; therapeutic: boolean }[] }[] = await this.dataSource.query(
      `SELECT weeks FROM build_ups WHERE case_id = $1`,
      [caseId],
    );
    if (!row) return [];
    const weeks = [...row.weeks].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
    return plannedVersusActual(weeks).map((week, i) => ({
      weekStart: week.weekStart,
      plannedHours: week.planned,
      actualHours: week.actual,
      differenceHours: week.difference,
      cumulativeDifferenceHours: week.cumulativeDifference,
      therapeutic: weeks[i].therapeutic,
    }));
  }

  /** The zone of the case's calendar days, by its jurisdiction; the platform's until its timeline arrives. */
  async timeZone(caseId: string): Promise<TimeZone> {
    const [row]: { jurisdiction: Jurisdiction }[] = await this.dataSource.query(`SELECT jurisdiction FROM case_timelines WHERE case_id = $1`, [caseId]);
    return row ? timeZoneOf(row.jurisdiction) : PLATFORM_TIME_ZONE;
  }

  async milestones(caseId: string): Promise<{ milestones: MilestoneProgress[]; onTime: number; late: number }> {
    const [row]: { milestones: MilestoneProgress[] }[] = await this.dataSource.query(`SELECT milestones FROM case_timelines WHERE case_id = $1`, [caseId]);
    const milestones = (row?.milestones ?? []).map((m) => ({
      key: m.key,
      kind: m.kind,
      dueDate: m.dueDate,
      status: m.status,
      fulfilledOn: m.fulfilledOn,
      onTime: m.onTime,
    }));
    const { onTime, late } = milestoneCompliance(milestones);
    return { milestones, onTime, late };
  }

  async programme(caseId: string): Promise<ProgrammeAttendance | null> {
    const [row]: { start_date: string; status: string; held: number; missed: number; remaining: number }[] = await this.dataSource.query(
      `SELECT start_date::text, status, held, missed, remaining FROM programmes WHERE case_id = $1 ORDER BY start_date DESC LIMIT 1`,
      [caseId],
    );
    if (!row) return null;
    return {
      startDate: row.start_date,
      status: row.status,
      held: row.held,
      missed: row.missed,
      remaining: row.remaining,
      attendanceRate: row.held + row.missed === 0 ? null : row.held / (row.held + row.missed),
    };
  }

  async stagnationAlerts(caseId: string): Promise<StagnationAlert[]> {
    return this.dataSource.query(
      `SELECT alert_id AS "alertId", reason, week_start::text AS "weekStart" FROM stagnation_alerts WHERE case_id = $1 ORDER BY week_start, alert_id`,
      [caseId],
    );
  }

  /**
   * Check-ins belong to the employee. A manager, doctor or coach sees the weekly trend only
   * while she consents to it for their role or for them by name; a case manager never.
   */
  async mayReadCheckInTrend(caseId: string, userId: string, relationships: CaseRelationship[]): Promise<boolean> {
    if (relationships.includes('EMPLOYEE')) return true;
    const roles = relationships.filter((r) => TREND_READERS.includes(r));
    if (roles.length === 0) return false;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM consents WHERE case_id = $1 AND granted AND scope IN ('CHECK_IN_TREND', 'CHECK_IN_DETAIL')
          AND grantee_role = ANY($2) AND (grantee_user_id IS NULL OR grantee_user_id = $3) LIMIT 1`,
      [caseId, roles, userId],
    );
    return rows.length > 0;
  }

  async checkInTrend(caseId: string): Promise<CheckInTrendWeek[]> {
    const checkIns: TrendCheckIn[] = await this.dataSource.query(
      `SELECT date::text, energy::float, demands::float, resources::float, dip FROM check_in_scores WHERE case_id = $1 ORDER BY date, check_in_id`,
      [caseId],
    );
    return weeklyCheckInTrend(checkIns);
  }
}
