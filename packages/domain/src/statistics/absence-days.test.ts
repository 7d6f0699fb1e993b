import { addDays, daysBetween, toDayNumber, type IsoDate } from '../calendar/iso-date';
import { absenceDays, type AbsenceSegment, type CaseSickReport, type ReportPlacement } from './absence-days';
import { emptyAbsenceTotals, scopedStatistics, statisticsFromTotals, type AbsenceTotals } from './absence-statistics';
import { breakdownByDepartment } from './breakdown';
import { DEFAULT_STATISTICS_OPTIONS, type EmploymentPeriod, type Period, type StatisticsOptions } from './types';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function people(seed: number, count: number): { employment: EmploymentPeriod[]; reports: CaseSickReport[] }[] {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const days = (max: number) => 1 + Math.floor(next() * max);
  return Array.from({ length: count }, (_, p) => {
    const personId = `p${p}`;
    const employment: EmploymentPeriod[] = [];
    let from: IsoDate = addDays('2023-01-01', Math.floor(next() * 500) - 200);
    for (let c = 0, contracts = days(3); c < contracts; c++) {
      const last = c === contracts - 1 && next() < 0.6;
      const to = last ? null : addDays(from, days(400));
      const departmentId = pick(['a', 'b', 'c', undefined]);
      employment.push({ personId, from, to, hoursPerWeek: pick([1, 0.5, 0.8, 0.9, 0.6]), ...(departmentId ? { departmentId } : {}) });
      if (to === null) break;
      from = addDays(to, next() < 0.3 ? days(60) : 1);
    }
    const reports: CaseSickReport[] = [];
    let day: IsoDate = addDays('2023-01-01', Math.floor(next() * 300) - 100);
    for (let r = 0, count = Math.floor(next() * 4); r < count; r++) {
      const intervals = [];
      let start = day;
      for (let i = 0, n = days(3); i < n; i++) {
        intervals.push({ from: start, percentage: pick([100, 50, 30, 0, 70]), therapeutic: next() < 0.15 });
        start = addDays(start, days(40));
      }
      const recoveryDate = next() < 0.2 ? null : addDays(start, days(20));
      // A relapse may overlap the report before it: the grid caps the day at full absence.
      reports.push({
        personId,
        reportId: `${personId}r${r}`,
        caseId: `${personId}c${r % 2}`,
        firstSickDay: day,
        recoveryDate,
        intervals,
        pregnancyRelated: next() < 0.1,
      });
      day = recoveryDate === null ? addDays(start, days(30)) : addDays(recoveryDate, next() < 0.2 ? -days(10) : days(120));
    }
    return { employment, reports };
  });
}

/** What the reporting repository does in SQL: sums over the stretches and placements that fall in the period. */
function totalsOf(
  segments: AbsenceSegment[],
  placements: ReportPlacement[],
  period: Period,
  options: StatisticsOptions,
  keep: { segment: (s: AbsenceSegment) => boolean; start: (p: ReportPlacement) => boolean; end: (p: ReportPlacement) => boolean },
  caseDepartment = false,
): AbsenceTotals {
  const totals = emptyAbsenceTotals();
  const employed = new Set<string>();
  const sick = new Set<string>();
  for (const s of segments.filter(keep.segment)) {
    const from = Math.max(toDayNumber(s.from), toDayNumber(period.from));
    const to = Math.min(s.to === null ? Infinity : toDayNumber(s.to), toDayNumber(period.to));
    if (from > to) continue;
    const n = to - from + 1;
    const fraction = caseDepartment
      ? options.excludePregnancyFromPercentage
        ? s.caseDepartmentNonPregnancyFraction
        : s.caseDepartmentFraction
      : options.excludePregnancyFromPercentage
        ? s.nonPregnancyFraction
        : s.fraction;
    totals.employmentDays += n;
    totals.factorDays += s.hoursPerWeek * n;
    totals.absentFactorDays += s.hoursPerWeek * fraction * n;
    employed.add(s.personId);
    if (caseDepartment ? s.caseDepartmentSick : s.sick) sick.add(s.personId);
  }
  const inPeriod = (date: IsoDate | null) => date !== null && period.from <= date && date <= period.to;
  for (const p of placements) {
    if (inPeriod(p.firstSickDay) && p.employedOnFirstSickDay && keep.start(p)) totals.newReports++;
    if (inPeriod(p.recoveryDate) && p.employedOnLastSickDay && keep.end(p) && p.durationDays !== null && p.durationClass !== null) {
      totals.endedReports++;
      totals.totalDurationDays += p.durationDays;
      totals.durationClasses[p.durationClass]++;
    }
  }
  return { ...totals, personsEmployed: employed.size, personsWithSickDay: sick.size };
}

const roughly = (value: number | null) => (value === null ? null : expect.closeTo(value, 9));
function expectSame(actual: ReturnType<typeof statisticsFromTotals>, expected: ReturnType<typeof statisticsFromTotals>) {
  expect(actual).toEqual({
    ...expected,
    absencePercentage: {
      value: roughly(expected.absencePercentage.value),
      numerator: roughly(expected.absencePercentage.numerator),
      denominator: roughly(expected.absencePercentage.denominator),
    },
  });
}

describe('absenceDays', () => {
  const persons = people(22, 60);
  const employment = persons.flatMap((p) => p.employment);
  const reports = persons.flatMap((p) => p.reports).sort((a, b) => a.firstSickDay.localeCompare(b.firstSickDay) || a.reportId.localeCompare(b.reportId));
  const projected = persons.map((p) => absenceDays(p.employment, p.reports));
  const segments = projected.flatMap((p) => p.segments);
  const placements = projected.flatMap((p) => p.placements);
  const all = { segment: () => true, start: () => true, end: () => true };

  it.each([
    [{ from: '2023-01-01', to: '2024-12-31' }, false],
    [{ from: '2023-03-01', to: '2023-03-31' }, false],
    [{ from: '2023-02-17', to: '2023-11-03' }, true],
    [{ from: '2024-02-29', to: '2024-02-29' }, true],
  ])('adds up to the statistics of %j (pregnancy left out: %s)', (period, excludePregnancyFromPercentage) => {
    const options = { ...DEFAULT_STATISTICS_OPTIONS, fullTimeHours: 1, excludePregnancyFromPercentage };
    expectSame(
      statisticsFromTotals(period, options, totalsOf(segments, placements, period, options, all)),
      scopedStatistics({ employment, reports }, period, options, () => true),
    );
    for (const { departmentId, statistics } of breakdownByDepartment({ employment, reports }, period, options)) {
      const inDepartment = {
        segment: (s: AbsenceSegment) => s.departmentId === departmentId,
        start: (p: ReportPlacement) => p.firstSickDayDepartmentId === departmentId,
        end: (p: ReportPlacement) => p.lastSickDayDepartmentId === departmentId,
      };
      expectSame(statisticsFromTotals(period, options, totalsOf(segments, placements, period, options, inDepartment)), statistics);
    }
  });

  it('adds up per department of the case, as the analysts group reports', () => {
    const period = { from: '2023-01-01', to: '2024-06-30' };
    const options = { ...DEFAULT_STATISTICS_OPTIONS, fullTimeHours: 1 };
    const caseDepartment = new Map(placements.map((p) => [p.caseId, p.caseDepartmentId]));
    for (const departmentId of ['a', 'b', 'c', null]) {
      const group = {
        employment: employment.filter((e) => (e.departmentId ?? null) === departmentId),
        reports: reports.filter((r) => caseDepartment.get(r.caseId) === departmentId),
      };
      const keep = {
        segment: (s: AbsenceSegment) => s.departmentId === departmentId,
        start: (p: ReportPlacement) => p.caseDepartmentId === departmentId && p.firstSickDayDepartmentId === departmentId,
        end: (p: ReportPlacement) => p.caseDepartmentId === departmentId && p.lastSickDayDepartmentId === departmentId,
      };
      expectSame(
        statisticsFromTotals(period, options, totalsOf(segments, placements, period, options, keep, true)),
        scopedStatistics(group, period, options, () => true),
      );
    }
  });

  it('covers every employment day exactly once', () => {
    const period = { from: '2022-01-01', to: '2025-12-31' };
    const employmentDays = employment.reduce(
      (sum, e) => sum + daysBetween(e.from < period.from ? period.from : e.from, e.to === null || e.to > period.to ? period.to : e.to) + 1,
      0,
    );
    expect(totalsOf(segments, placements, period, DEFAULT_STATISTICS_OPTIONS, all).employmentDays).toBe(employmentDays);
  });
});
