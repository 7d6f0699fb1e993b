import { breakdownByDepartment, breakdownByMonth } from './breakdown';
import { scopedStatistics } from './absence-statistics';
import { DEFAULT_STATISTICS_OPTIONS, type EmploymentPeriod, type SickReportFact, type StatisticsInput } from './types';

const job = (personId: string, from: string, to: string | null, hoursPerWeek: number, departmentId?: string): EmploymentPeriod => ({
  personId,
  from,
  to,
  hoursPerWeek,
  ...(departmentId ? { departmentId } : {}),
});

const fullSick = (personId: string, reportId: string, firstSickDay: string, recoveryDate: string | null): SickReportFact => ({
  personId,
  reportId,
  firstSickDay,
  recoveryDate,
  intervals: [{ from: firstSickDay, percentage: 100, therapeutic: false }],
});

const close = (value: number | null) => (value === null ? null : expect.closeTo(value, 9));

describe('breakdownByMonth', () => {
  const input: StatisticsInput = {
    employment: [job('gina', '2020-01-01', null, 40)],
    reports: [fullSick('gina', 'g1', '2024-02-26', '2024-03-04')],
  };
  const months = breakdownByMonth(input, { from: '2024-02-15', to: '2024-03-10' });

  it('returns one clipped result per calendar month', () => {
    expect(months.map((m) => m.month)).toEqual([
      { from: '2024-02-15', to: '2024-02-29' },
      { from: '2024-03-01', to: '2024-03-10' },
    ]);
  });

  it.each([
    // February 15..29 = 15 days; sick 26..29 = 4; 100 × 4 ÷ 15; 1 report × 366 ÷ 15 = 24.4; nothing ended
    [0, 4, 15, 400 / 15, 1, 24.4, null],
    // March 1..10 = 10 days; sick 1..3 = 3; 100 × 3 ÷ 10 = 30; no new report; ended 02-26→03-04 = 4 + 3 = 7 days
    [1, 3, 10, 30, 0, 0, 7],
  ])('month %i: absence %p ÷ %p = %p, %p reports → frequency %p, duration %p', (i, num, den, pct, reports, freq, duration) => {
    const { statistics } = months[i];
    expect(statistics.absencePercentage).toEqual({ numerator: num, denominator: den, value: close(pct) });
    expect(statistics.notificationFrequency.newReports).toBe(reports);
    expect(statistics.notificationFrequency.value).toEqual(close(freq));
    expect(statistics.averageDurationDays.value).toBe(duration);
  });
});

describe('breakdownByDepartment', () => {
  const input: StatisticsInput = {
    employment: [
      // ivo moves from A (40 h) to B (24 h) on 16 October
      job('ivo', '2025-01-01', '2025-10-15', 40, 'A'),
      job('ivo', '2025-10-16', null, 24, 'B'),
      job('jet', '2025-01-01', null, 40, 'A'),
      job('kim', '2025-01-01', null, 20),
      // left before the period, so department C does not appear
      job('lot', '2024-01-01', '2024-12-31', 40, 'C'),
    ],
    reports: [fullSick('ivo', 'i1', '2025-10-13', '2025-10-20')],
  };
  const result = breakdownByDepartment(input, { from: '2025-10-01', to: '2025-10-31' }); // 31 days
  const byId = new Map(result.map((r) => [r.departmentId, r.statistics]));

  it('lists the departments of employment in the period, no department last', () => {
    expect(result.map((r) => r.departmentId)).toEqual(['A', 'B', null]);
  });

  it.each([
    // A: ivo 15 days × 1 + jet 31 × 1 = 46; ivo sick 13, 14, 15 in A = 3; 100 × 3 ÷ 46
    ['A', 3, 46, 300 / 46],
    // B: ivo 16 days × 0.6 = 9.6; sick 16..19 = 4 × 0.6 = 2.4; 100 × 2.4 ÷ 9.6 = 25
    ['B', 2.4, 9.6, 25],
    // no department: kim 31 × 0.5 = 15.5, never sick
    [null, 0, 15.5, 0],
  ])('absence in %p: %p ÷ %p = %p', (departmentId, num, den, pct) => {
    expect(byId.get(departmentId)?.absencePercentage).toEqual({
      numerator: close(num),
      denominator: close(den),
      value: close(pct),
    });
  });

  it.each([
    // the first sick day 10-13 lies in A; headcount (15 + 31) ÷ 31; 1 ÷ (46 ÷ 31) × 365 ÷ 31 = 365 ÷ 46
    ['A', 1, 46, 365 / 46],
    ['B', 0, 16, 0],
    [null, 0, 31, 0],
  ])('frequency in %p: %p reports over %p employment days = %p', (departmentId, reports, days, freq) => {
    expect(byId.get(departmentId)?.notificationFrequency).toMatchObject({
      newReports: reports,
      employmentDays: days,
      value: close(freq),
    });
  });

  it.each([
    // the last sick day 10-19 lies in B, so the ended report (10-13→10-20 = 7 days) belongs to B
    ['A', null, [1, 2]],
    ['B', 7, [0, 1]],
    [null, null, [1, 1]],
  ] as const)('%p: average duration %p, zero absence %p', (departmentId, duration, [without, employed]) => {
    const statistics = byId.get(departmentId);
    expect(statistics?.averageDurationDays.value).toBe(duration);
    expect(statistics?.zeroAbsencePercentage).toMatchObject({ numerator: without, denominator: employed });
  });

  it('includes a department whose only link to the period is a report ending on its first day', () => {
    const departments = breakdownByDepartment(
      {
        employment: [job('max', '2025-01-01', '2025-09-30', 40, 'D'), job('max', '2025-10-01', null, 40, 'E')],
        reports: [fullSick('max', 'm1', '2025-09-20', '2025-10-01')],
      },
      { from: '2025-10-01', to: '2025-10-31' },
    );
    const d = departments.find((r) => r.departmentId === 'D')?.statistics;
    // last sick day 09-30 lies in D: 09-20→10-01 = 11 days, though D has no employment days in October
    expect(d?.averageDurationDays).toEqual({ totalDays: 11, endedReports: 1, value: 11 });
    expect(d?.absencePercentage.value).toBeNull();
  });
});

describe('breakdownByDepartment against the whole', () => {
  // People who move between departments, part-time, with reports across a move and before it.
  const input: StatisticsInput = {
    employment: [
      job('ann', '2020-01-01', '2024-03-14', 40, 'sales'),
      job('ann', '2024-03-15', null, 24, 'care'),
      job('bob', '2023-06-01', null, 32, 'care'),
      job('cas', '2024-01-01', '2024-02-29', 40),
      job('cas', '2024-03-01', null, 40, 'sales'),
      job('dee', '2019-01-01', null, 20, 'sales'),
    ],
    reports: [
      fullSick('ann', 'a1', '2024-03-01', '2024-04-02'),
      fullSick('bob', 'b1', '2024-01-10', null),
      fullSick('cas', 'c1', '2024-02-20', '2024-03-05'),
      fullSick('dee', 'd1', '2023-12-20', '2024-01-08'),
    ],
  };
  const period = { from: '2024-01-01', to: '2024-06-30' };

  it.each(['sales', 'care', null])('gives %s the figures of the whole scoped to it', (departmentId) => {
    const part = breakdownByDepartment(input, period).find((d) => d.departmentId === departmentId);
    const scoped = scopedStatistics(input, period, DEFAULT_STATISTICS_OPTIONS, (d) => d === departmentId);
    expect(part?.statistics).toEqual(scoped);
  });
});
