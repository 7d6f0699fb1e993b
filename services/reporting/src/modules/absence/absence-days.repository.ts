import { addDays, emptyAbsenceTotals, type AbsenceSegment, type AbsenceTotals, type DurationClass, type Period, type ReportPlacement } from '@terugkeer/domain';
import type { Queryable } from '@terugkeer/service-kit';

/** Whose absence days count: organizations, narrowed for a manager to their employees and their departments' contracts. */
export interface AbsenceScope {
  organizationIds: string[];
  managed: { employeeIds: string[]; departmentIds: string[] } | null;
}

/** The totals of one group in one period: the whole scope (department undefined) or one department (null: none). */
export interface GroupTotals {
  period: number;
  departmentId: string | null | undefined;
  totals: AbsenceTotals;
}

export interface TotalsQuery {
  periods: Period[];
  excludePregnancyFromPercentage: boolean;
  /**
   * How the departments take their absence: `employment` counts every report on the days of
   * each department's contracts (the statistics); `case` only the reports of its cases (the analysts).
   */
  departmentAbsence: 'employment' | 'case';
}

const SCOPE = (table: string, department: string) =>
  `${table}.organization_id = ANY($1::uuid[]) AND (NOT $2::boolean OR ${table}.employee_id = ANY($3::uuid[]) OR ${department} = ANY($4::uuid[]))`;
const scopeParameters = (scope: AbsenceScope) => [
  scope.organizationIds,
  scope.managed !== null,
  scope.managed?.employeeIds ?? [],
  scope.managed?.departmentIds ?? [],
];
const PERIODS = `periods AS (SELECT n, from_day, to_day FROM unnest($5::date[], $6::date[]) WITH ORDINALITY AS p (from_day, to_day, n))`;

/** The absence days per employee (stretches and report placements) and their sums per group and period. */
export class AbsenceDaysRepository {
  constructor(private readonly db: Queryable) {}

  async replace(employeeIds: string[], employees: { organizationId: string; segments: AbsenceSegment[]; placements: ReportPlacement[] }[]): Promise<void> {
    await this.db.query(`DELETE FROM absence_segments WHERE employee_id = ANY($1::uuid[])`, [employeeIds]);
    await this.db.query(`DELETE FROM absence_report_placements WHERE employee_id = ANY($1::uuid[])`, [employeeIds]);
    const segments = employees.flatMap((e) => e.segments.map((s) => ({ ...s, organizationId: e.organizationId })));
    if (segments.length > 0) {
      await this.db.query(
        `INSERT INTO absence_segments (employee_id, organization_id, department_id, from_day, to_day, hours_per_week, sick, fraction, non_pregnancy_fraction,
                                       case_department_sick, case_department_fraction, case_department_non_pregnancy_fraction)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[], $5::date[], $6::float8[], $7::boolean[], $8::float8[], $9::float8[],
                              $10::boolean[], $11::float8[], $12::float8[])`,
        [
          segments.map((s) => s.personId),
          segments.map((s) => s.organizationId),
          segments.map((s) => s.departmentId),
          segments.map((s) => s.from),
          segments.map((s) => s.to),
          segments.map((s) => s.hoursPerWeek),
          segments.map((s) => s.sick),
          segments.map((s) => s.fraction),
          segments.map((s) => s.nonPregnancyFraction),
          segments.map((s) => s.caseDepartmentSick),
          segments.map((s) => s.caseDepartmentFraction),
          segments.map((s) => s.caseDepartmentNonPregnancyFraction),
        ],
      );
    }
    const placements = employees.flatMap((e) => e.placements.map((p) => ({ ...p, organizationId: e.organizationId })));
    if (placements.length > 0) {
      await this.db.query(
        `INSERT INTO absence_report_placements (report_id, employee_id, organization_id, case_id, first_sick_day, recovery_date, employed_on_first_sick_day,
                                                first_sick_day_department_id, employed_on_last_sick_day, last_sick_day_department_id, duration_days,
                                                duration_class, case_department_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::date[], $6::date[], $7::boolean[], $8::uuid[], $9::boolean[], $10::uuid[],
                              $11::int[], $12::text[], $13::uuid[])`,
        [
          placements.map((p) => p.reportId),
          placements.map((p) => p.personId),
          placements.map((p) => p.organizationId),
          placements.map((p) => p.caseId),
          placements.map((p) => p.firstSickDay),
          placements.map((p) => p.recoveryDate),
          placements.map((p) => p.employedOnFirstSickDay),
          placements.map((p) => p.firstSickDayDepartmentId),
          placements.map((p) => p.employedOnLastSickDay),
          placements.map((p) => p.lastSickDayDepartmentId),
          placements.map((p) => p.durationDays),
          placements.map((p) => p.durationClass),
          placements.map((p) => p.caseDepartmentId),
        ],
      );
    }
  }

  /** The department of each case, as the analysts group cases (see `ReportPlacement.caseDepartmentId`). */
  async caseDepartments(organizationId: string): Promise<Map<string, string | null>> {
    const rows: { case_id: string; case_department_id: string | null }[] = await this.db.query(
      `SELECT DISTINCT case_id, case_department_id FROM absence_report_placements WHERE organization_id = $1`,
      [organizationId],
    );
    return new Map(rows.map((r) => [r.case_id, r.case_department_id]));
  }

  /** Whether the scope holds any contract (in this department, when one is named). */
  async hasEmployment(scope: AbsenceScope, departmentId: string | null = null): Promise<boolean> {
    const [row]: { found: boolean }[] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM absence_segments s WHERE ${SCOPE('s', 's.department_id')} AND ($5::uuid IS NULL OR s.department_id = $5::uuid)) AS found`,
      [...scopeParameters(scope), departmentId],
    );
    return row.found;
  }

  /**
   * The totals of the whole scope and of each department with employment in each period, in
   * three scans: employment and absence days, new reports, ended reports.
   */
  async totals(scope: AbsenceScope, query: TotalsQuery): Promise<GroupTotals[]> {
    const byCase = query.departmentAbsence === 'case';
    const inPeriods = [...scopeParameters(scope), query.periods.map((p) => p.from), query.periods.map((p) => p.to)];
    const days: {
      n: string;
      department_id: string | null;
      whole: boolean;
      employment_days: number;
      factor_days: number;
      absent_factor_days: number;
      case_absent_factor_days: number;
      persons_employed: number;
      persons_with_sick_day: number;
      case_persons_with_sick_day: number;
    }[] = await this.db.query(
      `WITH ${PERIODS},
       days AS (
         SELECT p.n, s.employee_id, s.department_id, s.sick, s.case_department_sick,
                s.hours_per_week / o.full_time_hours::float8 AS factor,
                CASE WHEN $7::boolean THEN s.non_pregnancy_fraction ELSE s.fraction END AS fraction,
                CASE WHEN $7::boolean THEN s.case_department_non_pregnancy_fraction ELSE s.case_department_fraction END AS case_fraction,
                least(coalesce(s.to_day, 'infinity'::date), p.to_day) - greatest(s.from_day, p.from_day) + 1 AS days
           FROM absence_segments s
           JOIN organizations o ON o.organization_id = s.organization_id
           JOIN periods p ON s.from_day <= p.to_day AND (s.to_day IS NULL OR s.to_day >= p.from_day)
          WHERE ${SCOPE('s', 's.department_id')})
       SELECT n, department_id, GROUPING(department_id) = 1 AS whole,
              sum(days)::float8 AS employment_days, sum(factor * days) AS factor_days,
              sum(factor * fraction * days) AS absent_factor_days, sum(factor * case_fraction * days) AS case_absent_factor_days,
              count(DISTINCT employee_id)::int AS persons_employed,
              count(DISTINCT employee_id) FILTER (WHERE sick)::int AS persons_with_sick_day,
              count(DISTINCT employee_id) FILTER (WHERE case_department_sick)::int AS case_persons_with_sick_day
         FROM days GROUP BY GROUPING SETS ((n), (n, department_id))`,
      [...inPeriods, query.excludePregnancyFromPercentage],
    );
    const started: { n: string; department_id: string | null; whole: boolean; reports: number; case_reports: number }[] = await this.db.query(
      `WITH ${PERIODS}
       SELECT p.n, r.first_sick_day_department_id AS department_id, GROUPING(r.first_sick_day_department_id) = 1 AS whole, count(*)::int AS reports,
              count(*) FILTER (WHERE r.case_department_id IS NOT DISTINCT FROM r.first_sick_day_department_id)::int AS case_reports
         FROM absence_report_placements r JOIN periods p ON r.first_sick_day BETWEEN p.from_day AND p.to_day
        WHERE r.employed_on_first_sick_day AND ${SCOPE('r', 'r.first_sick_day_department_id')}
        GROUP BY GROUPING SETS ((p.n), (p.n, r.first_sick_day_department_id))`,
      inPeriods,
    );
    const ended: {
      n: string;
      department_id: string | null;
      whole: boolean;
      duration_class: DurationClass;
      reports: number;
      days: number;
      case_reports: number;
      case_days: number;
    }[] = await this.db.query(
      `WITH ${PERIODS}
       SELECT p.n, r.last_sick_day_department_id AS department_id, GROUPING(r.last_sick_day_department_id) = 1 AS whole, r.duration_class,
              count(*)::int AS reports, sum(r.duration_days)::int AS days,
              count(*) FILTER (WHERE r.case_department_id IS NOT DISTINCT FROM r.last_sick_day_department_id)::int AS case_reports,
              coalesce(sum(r.duration_days) FILTER (WHERE r.case_department_id IS NOT DISTINCT FROM r.last_sick_day_department_id), 0)::int AS case_days
         FROM absence_report_placements r JOIN periods p ON r.recovery_date BETWEEN p.from_day AND p.to_day
        WHERE r.employed_on_last_sick_day AND ${SCOPE('r', 'r.last_sick_day_department_id')}
        GROUP BY GROUPING SETS ((p.n, r.duration_class), (p.n, r.last_sick_day_department_id, r.duration_class))`,
      inPeriods,
    );

    const groups = new Map<string, GroupTotals>();
    const group = (n: string, departmentId: string | null, whole: boolean) => {
      const key = whole ? `${n}` : `${n}:${departmentId}`;
      let found = groups.get(key);
      if (!found) groups.set(key, (found = { period: Number(n) - 1, departmentId: whole ? undefined : departmentId, totals: emptyAbsenceTotals() }));
      return found.totals;
    };
    for (const row of days) {
      const totals = group(row.n, row.department_id, row.whole);
      const ownCases = byCase && !row.whole;
      totals.employmentDays = row.employment_days;
      totals.factorDays = row.factor_days;
      totals.absentFactorDays = ownCases ? row.case_absent_factor_days : row.absent_factor_days;
      totals.personsEmployed = row.persons_employed;
      totals.personsWithSickDay = ownCases ? row.case_persons_with_sick_day : row.persons_with_sick_day;
    }
    for (const row of started) {
      group(row.n, row.department_id, row.whole).newReports = byCase && !row.whole ? row.case_reports : row.reports;
    }
    for (const row of ended) {
      const totals = group(row.n, row.department_id, row.whole);
      const ownCases = byCase && !row.whole;
      totals.endedReports += ownCases ? row.case_reports : row.reports;
      totals.totalDurationDays += ownCases ? row.case_days : row.days;
      totals.durationClasses[row.duration_class] += ownCases ? row.case_reports : row.reports;
    }
    return [...groups.values()];
  }
}

/** The day before a period up to its end: a department with a contract then appears in the breakdown, as its ended reports can. */
export const withDayBefore = (period: Period): Period => ({ from: addDays(period.from, -1), to: period.to });
