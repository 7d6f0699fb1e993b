import {
  absenceStatistics,
  breakdownByDepartment,
  breakdownByMonth,
  employmentOn,
  suppressBreakdown,
  suppressSmallGroup,
  type AbsenceStatistics,
  type EmploymentPeriod,
  type IsoDate,
  type Period,
  type SickReportFact,
  type StatisticsInput,
} from '@terugkeer/domain';
import { clientToken, createAnalyticsClient, lastTwoYears, wholeSeries } from '../support/analytics-client';
import { eventually } from '../support/case-events';
import { withDatabase } from '../support/database';
import { isoDaysFromToday } from '../support/dates';
import { graphql, graphqlAs } from '../support/gateway-client';
import { runTerugkeer } from '../support/terugkeer-command';

jest.setTimeout(300_000);

/*
 * The statistics and the analysts' series are sums over the absence days the read model keeps
 * per employee. Here they are computed the other way too, by the pure domain functions over
 * the raw rows (contracts and sick reports), as the service did before, and must agree.
 */

const FIGURES = `suppressed absencePercentage absentDayFactor employmentDayFactor notificationFrequency newReports employmentDays averageHeadcount
  annualisationFactor averageDurationDays totalDurationDays endedReports zeroAbsencePercentage personsWithoutSickDay personsEmployed
  durationClasses { durationClass reports }`;
const STATISTICS = `query StatisticsBothWays($org: ID!, $from: Date!, $to: Date!) {
  absenceStatistics(organizationId: $org, from: $from, to: $to) {
    ${FIGURES}
    byDepartment { departmentId figures { ${FIGURES} } }
    byMonth { month figures { ${FIGURES} } }
  }
}`;

type Report = SickReportFact & { caseId: string };

interface RawOrganization {
  organizationId: string;
  excludePregnancy: boolean;
  /** In the order the employees and their contracts are read, hours ÷ full-time hours. */
  employees: { employeeId: string; employment: EmploymentPeriod[] }[];
  reports: Report[];
  departmentNames: Map<string, string>;
}

async function rawOrganization(organizationId: string): Promise<RawOrganization> {
  return withDatabase('reporting', async (db) => {
    const [organization] = (
      await db.query(
        `SELECT full_time_hours::float AS full_time, exclude_pregnancy_from_absence_percentage AS exclude FROM organizations WHERE organization_id = $1`,
        [organizationId],
      )
    ).rows;
    const employees = (await db.query(`SELECT employee_id, contracts FROM employees WHERE organization_id = ANY($1::uuid[])`, [[organizationId]])).rows.map(
      (row: { employee_id: string; contracts: { from: string; to: string | null; hoursPerWeek: number; departmentId: string | null }[] }) => ({
        employeeId: row.employee_id,
        employment: row.contracts.map((c) => ({
          personId: row.employee_id,
          departmentId: c.departmentId ?? undefined,
          from: c.from,
          to: c.to,
          hoursPerWeek: c.hoursPerWeek / organization.full_time,
        })),
      }),
    );
    const reports = (
      await db.query(
        `SELECT report_id, case_id, employee_id, first_sick_day::text, recovery_date::text, intervals, pregnancy_related
           FROM sick_reports WHERE employee_id = ANY($1::uuid[]) AND NOT removed ORDER BY first_sick_day, report_id`,
        [employees.map((e: { employeeId: string }) => e.employeeId)],
      )
    ).rows.map((row) => ({
      reportId: row.report_id,
      caseId: row.case_id,
      personId: row.employee_id,
      firstSickDay: row.first_sick_day,
      recoveryDate: row.recovery_date,
      pregnancyRelated: row.pregnancy_related,
      intervals: row.intervals,
    }));
    const departments = (await db.query(`SELECT department_id, name FROM departments WHERE organization_id = $1`, [organizationId])).rows;
    return {
      organizationId,
      excludePregnancy: organization.exclude,
      employees,
      reports,
      departmentNames: new Map(departments.map((d: { department_id: string; name: string }) => [d.department_id, d.name])),
    };
  });
}

const close = (value: number | null) => (value === null ? null : expect.closeTo(value, 9));

/** The answer's figures as the domain computed them. */
function expectedFigures(statistics: AbsenceStatistics) {
  return {
    suppressed: false,
    absencePercentage: close(statistics.absencePercentage.value),
    absentDayFactor: close(statistics.absencePercentage.numerator),
    employmentDayFactor: close(statistics.absencePercentage.denominator),
    notificationFrequency: close(statistics.notificationFrequency.value),
    newReports: statistics.notificationFrequency.newReports,
    employmentDays: statistics.notificationFrequency.employmentDays,
    averageHeadcount: close(statistics.notificationFrequency.averageHeadcount),
    annualisationFactor: close(statistics.notificationFrequency.annualisationFactor),
    averageDurationDays: close(statistics.averageDurationDays.value),
    totalDurationDays: statistics.averageDurationDays.totalDays,
    endedReports: statistics.averageDurationDays.endedReports,
    zeroAbsencePercentage: close(statistics.zeroAbsencePercentage.value),
    personsWithoutSickDay: statistics.zeroAbsencePercentage.numerator,
    personsEmployed: statistics.zeroAbsencePercentage.denominator,
    durationClasses: Object.entries(statistics.durationClasses).map(([durationClass, reports]) => ({ durationClass, reports })),
  };
}

/** A case manager's statistics: the whole and the months published, departments of fewer than 5 suppressed together. */
async function expectStatisticsBothWays(raw: RawOrganization, caseManager: string, period: Period) {
  const input: StatisticsInput = { employment: raw.employees.flatMap((e) => e.employment), reports: raw.reports };
  const options = { fullTimeHours: 1, frequencyMethod: 'NVS' as const, excludePregnancyFromPercentage: raw.excludePregnancy };
  const { data, errors } = await graphqlAs(caseManager, STATISTICS, { org: raw.organizationId, ...period });
  expect(errors).toBeUndefined();
  const answer = data.absenceStatistics;
  expect(answer).toMatchObject(expectedFigures(absenceStatistics(input, period, options)));
  expect(answer.byMonth).toEqual(
    breakdownByMonth(input, period, options).map(({ month, statistics }) => ({
      month: month.from.slice(0, 7),
      figures: expect.objectContaining(expectedFigures(statistics)),
    })),
  );
  const departments = breakdownByDepartment(input, period, options);
  const verdicts = suppressBreakdown(departments.map((d) => ({ key: d.departmentId, groupSize: d.statistics.zeroAbsencePercentage.denominator, value: null })));
  expect(answer.byDepartment).toEqual(
    departments.map((d, i) => ({
      departmentId: d.departmentId,
      figures: verdicts[i].result.suppressed
        ? expect.objectContaining({ suppressed: true, absencePercentage: null })
        : expect.objectContaining(expectedFigures(d.statistics)),
    })),
  );
  return { departments: departments.length, reports: raw.reports.length };
}

const ABSENCE_METRICS: Record<string, (s: AbsenceStatistics) => number | null> = {
  ABSENCE_PERCENTAGE: (s) => s.absencePercentage.value,
  NOTIFICATION_FREQUENCY: (s) => s.notificationFrequency.value,
  AVERAGE_DURATION_DAYS: (s) => s.averageDurationDays.value,
  ZERO_ABSENCE_PERCENTAGE: (s) => s.zeroAbsencePercentage.value,
  AVERAGE_HEADCOUNT: (s) => s.notificationFrequency.averageHeadcount,
  NEW_REPORTS: (s) => s.notificationFrequency.newReports,
  ENDED_REPORTS: (s) => s.averageDurationDays.endedReports,
  DURATION_1_14: (s) => s.durationClasses['1-14'],
  DURATION_15_91: (s) => s.durationClasses['15-91'],
  DURATION_92_365: (s) => s.durationClasses['92-365'],
  DURATION_366_730: (s) => s.durationClasses['366-730'],
  DURATION_OVER_730: (s) => s.durationClasses['>730'],
};

/**
 * The analysts' absence metrics per month, for the organization and each department: a
 * department holds its contracts' days and the reports of its cases, a case belonging to
 * the department of its latest report's first sick day (else of the person's last contract).
 */
function expectedSeries(raw: RawOrganization, periods: { label: string; period: Period }[]) {
  const options = { fullTimeHours: 1, excludePregnancyFromPercentage: raw.excludePregnancy };
  const employment = raw.employees.flatMap((e) => e.employment);
  const employmentOf = new Map(raw.employees.map((e) => [e.employeeId, e.employment]));
  const departmentOn = (periods: EmploymentPeriod[], date: IsoDate) => (employmentOn(periods, date) ?? periods.at(-1))?.departmentId ?? null;
  const caseDepartment = new Map(raw.reports.map((r) => [r.caseId, departmentOn(employmentOf.get(r.personId) ?? [], r.firstSickDay)]));
  const ids = [...new Set(employment.map((p) => p.departmentId ?? null))];
  const groups = ids.map((departmentId) => ({
    departmentId,
    employment: employment.filter((p) => (p.departmentId ?? null) === departmentId),
    reports: raw.reports.filter((r) => caseDepartment.get(r.caseId) === departmentId),
  }));
  const cells = new Map<string, { suppressed: boolean; value: number | null }>();
  for (const { label, period } of periods) {
    const whole = absenceStatistics({ employment, reports: raw.reports }, period, options);
    const wholeVerdict = suppressSmallGroup(null, whole.zeroAbsencePercentage.denominator);
    const add = (department: string | null, statistics: AbsenceStatistics, suppressed: boolean) => {
      for (const [metric, value] of Object.entries(ABSENCE_METRICS))
        cells.set(`${label}|${department}|${metric}`, { suppressed, value: suppressed ? null : value(statistics) });
    };
    add(null, whole, wholeVerdict.suppressed);
    const measured = groups.map((g) => ({ ...g, statistics: absenceStatistics({ employment: g.employment, reports: g.reports }, period, options) }));
    const verdicts = suppressBreakdown(measured.map((m) => ({ key: m.departmentId, groupSize: m.statistics.zeroAbsencePercentage.denominator, value: null })));
    measured.forEach((m, i) => {
      if (m.departmentId === null) return;
      add(raw.departmentNames.get(m.departmentId) ?? null, m.statistics, wholeVerdict.suppressed || verdicts[i].result.suppressed);
    });
  }
  return cells;
}

async function expectSeriesBothWays(raw: RawOrganization, organizationName: string) {
  const token = await clientToken(await createAnalyticsClient(['--organization', organizationName]));
  const range = lastTwoYears();
  const { rows } = await wholeSeries((query, variables) => graphql(token, query, variables), range);
  const labels = [...new Set(rows.map((r) => r.period as string))];
  const periods = labels.map((label) => ({ label, period: { from: `${label}-01`, to: monthEnd(label) } }));
  const expected = expectedSeries(raw, periods);
  const absenceRows = rows.filter((r) => r.metric in ABSENCE_METRICS);
  expect(absenceRows.length).toBe(expected.size);
  for (const row of absenceRows) {
    const cell = expected.get(`${row.period}|${row.department}|${row.metric}`);
    expect({ key: `${row.period} ${row.department} ${row.metric}`, suppressed: row.suppressed, value: row.value }).toEqual({
      key: `${row.period} ${row.department} ${row.metric}`,
      suppressed: cell?.suppressed,
      value: close(cell?.value ?? null),
    });
  }
  return absenceRows.filter((r) => !r.suppressed).length;
}

function monthEnd(month: string): IsoDate {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

async function organizationOf(caseManager: string): Promise<string> {
  return withDatabase('case', async (db) => {
    const { rows } = await db.query(
      `SELECT m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE lower(u.email) = $1 AND m.role = 'CASE_MANAGER'`,
      [caseManager],
    );
    return rows[0].organization_id as string;
  });
}

/** Waits until the reporting service has applied every directory and absence event the case service wrote for the organization. */
async function readModelCaughtUp(organizationId: string): Promise<void> {
  const types = ['employee.upserted', 'absence.report-recorded', 'absence.report-removed'];
  await eventually(async () => {
    const [written, received] = await withDatabase('case', async (db) => [
      Number((await db.query(`SELECT count(*) FROM "case".outbox WHERE organization_id = $1 AND type = ANY($2)`, [organizationId, types])).rows[0].count),
      Number((await db.query(`SELECT count(*) FROM reporting.inbox WHERE organization_id = $1 AND type = ANY($2)`, [organizationId, types])).rows[0].count),
    ]);
    expect(received).toBe(written);
  }, 240_000);
}

describe('the statistics from the absence days agree with the domain functions over the raw rows', () => {
  const periods: Period[] = [
    { from: isoDaysFromToday(-730), to: isoDaysFromToday(0) },
    { from: isoDaysFromToday(-400), to: isoDaysFromToday(-123) },
    { from: isoDaysFromToday(-31), to: isoDaysFromToday(-31) },
  ];

  it('on the demo data', async () => {
    const raw = await rawOrganization(await organizationOf('hr@demo.test'));
    for (const period of periods) await expectStatisticsBothWays(raw, 'hr@demo.test', period);
    expect(await expectSeriesBothWays(raw, 'Zorggroep Demo')).toBeGreaterThan(0);
  });

  it('on a generated organization of 150 employees over two years', async () => {
    const caseManager = 'hr@projection-check.test';
    const name = 'Projection Check BV';
    const generated = await runTerugkeer([
      'generate',
      '--employees',
      '150',
      '--years',
      '2',
      '--seed',
      '22',
      '--organization',
      name,
      '--case-manager-email',
      caseManager,
    ]);
    expect(generated.status).toBe(0);
    const organizationId = generated.summary.organizationId as string;
    await readModelCaughtUp(organizationId);
    const raw = await rawOrganization(organizationId);
    expect(raw.reports.length).toBeGreaterThan(100);
    for (const period of periods) {
      const compared = await expectStatisticsBothWays(raw, caseManager, period);
      expect(compared.departments).toBeGreaterThan(1);
    }
    expect(await expectSeriesBothWays(raw, name)).toBeGreaterThan(100);
  });
});
