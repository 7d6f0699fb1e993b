import { addDays, daysBetween, fromDayNumber, toDayNumber, type IsoDate } from '../calendar/iso-date';
import { durationClass } from './duration-class';
import { employmentOn } from './employment';
import { absenceFraction } from './sick-day-grid';
import type { DurationClass, EmploymentPeriod, SickReportFact } from './types';

/**
 * A stretch of one person's employment days on which nothing the statistics count changes:
 * the contract (department, hours) and every report's absence are the same each day. The
 * statistics of any period are sums over these stretches, so a database can add them up.
 */
export interface AbsenceSegment {
  personId: string;
  departmentId: string | null;
  from: IsoDate;
  /** Last day, inclusive; null = open-ended. */
  to: IsoDate | null;
  hoursPerWeek: number;
  /** Some report covers these days (a 0 % interval too): they are sick days. */
  sick: boolean;
  /** Absence fraction 0–1 of every report together, capped at full absence. */
  fraction: number;
  /** The same without pregnancy-related reports, for organizations that leave them out of the percentage. */
  nonPregnancyFraction: number;
  /** The same three over only the reports of cases that belong to this stretch's department (the analysts' department groups). */
  caseDepartmentSick: boolean;
  caseDepartmentFraction: number;
  caseDepartmentNonPregnancyFraction: number;
}

/** Where a report counts: the employment of its first sick day (a new report) and of its last (an ended one). */
export interface ReportPlacement {
  reportId: string;
  personId: string;
  caseId: string;
  firstSickDay: IsoDate;
  recoveryDate: IsoDate | null;
  employedOnFirstSickDay: boolean;
  firstSickDayDepartmentId: string | null;
  /** The last sick day is the day before recovery; false while the report is open. */
  employedOnLastSickDay: boolean;
  lastSickDayDepartmentId: string | null;
  /** Calendar days from first sick day to recovery, and their class; null while open. */
  durationDays: number | null;
  durationClass: DurationClass | null;
  /** The department of the case: of the employment on its latest report's first sick day, else of the last contract. */
  caseDepartmentId: string | null;
}

export type CaseSickReport = SickReportFact & { caseId: string };

interface Values {
  sick: boolean;
  fraction: number;
  nonPregnancyFraction: number;
  caseDepartmentSick: boolean;
  caseDepartmentFraction: number;
  caseDepartmentNonPregnancyFraction: number;
}

const sameValues = (a: Values, b: Values) =>
  a.sick === b.sick &&
  a.fraction === b.fraction &&
  a.nonPregnancyFraction === b.nonPregnancyFraction &&
  a.caseDepartmentSick === b.caseDepartmentSick &&
  a.caseDepartmentFraction === b.caseDepartmentFraction &&
  a.caseDepartmentNonPregnancyFraction === b.caseDepartmentNonPregnancyFraction;

/** Each interval as the day numbers it covers, [start, until), as the sick-day grid lays it. */
function coveredRanges(report: SickReportFact): { start: number; until: number; fraction: number }[] {
  const end = report.recoveryDate === null ? Number.POSITIVE_INFINITY : toDayNumber(report.recoveryDate);
  return report.intervals.map((interval, i) => {
    const next = report.intervals[i + 1];
    return { start: toDayNumber(interval.from), until: next ? toDayNumber(next.from) : end, fraction: absenceFraction(interval) };
  });
}

/**
 * The stretches and report placements of one person, from their contracts (in the order the
 * directory holds them) and their reports (by first sick day, then id). Fractions add up in
 * report order and cap at 1 exactly as the sick-day grid does, so sums over the stretches
 * give the figures of `absenceStatistics`.
 */
export function absenceDays(employment: EmploymentPeriod[], reports: CaseSickReport[]): { segments: AbsenceSegment[]; placements: ReportPlacement[] } {
  const departmentOn = (date: IsoDate) => (employmentOn(employment, date) ?? employment.at(-1))?.departmentId ?? null;
  const caseDepartment = new Map(reports.map((r) => [r.caseId, departmentOn(r.firstSickDay)]));
  const covered = reports.map((report) => ({ report, ranges: coveredRanges(report), caseDepartmentId: caseDepartment.get(report.caseId) ?? null }));

  const valuesOn = (day: number, departmentId: string | null): Values => {
    const values: Values = {
      sick: false,
      fraction: 0,
      nonPregnancyFraction: 0,
      caseDepartmentSick: false,
      caseDepartmentFraction: 0,
      caseDepartmentNonPregnancyFraction: 0,
    };
    for (const { report, ranges, caseDepartmentId } of covered) {
      const range = ranges.find((r) => r.start <= day && day < r.until);
      if (!range) continue;
      const ownDepartment = caseDepartmentId === departmentId;
      values.sick = true;
      values.fraction = Math.min(1, values.fraction + range.fraction);
      if (!report.pregnancyRelated) values.nonPregnancyFraction = Math.min(1, values.nonPregnancyFraction + range.fraction);
      if (ownDepartment) {
        values.caseDepartmentSick = true;
        values.caseDepartmentFraction = Math.min(1, values.caseDepartmentFraction + range.fraction);
        if (!report.pregnancyRelated) values.caseDepartmentNonPregnancyFraction = Math.min(1, values.caseDepartmentNonPregnancyFraction + range.fraction);
      }
    }
    return values;
  };

  const changes = [...new Set(covered.flatMap(({ ranges }) => ranges.flatMap((r) => [r.start, r.until])))].filter(Number.isFinite).sort((a, b) => a - b);
  const segments: AbsenceSegment[] = [];
  for (const period of employment) {
    const first = toDayNumber(period.from);
    const last = period.to === null ? Number.POSITIVE_INFINITY : toDayNumber(period.to);
    const departmentId = period.departmentId ?? null;
    const starts = [first, ...changes.filter((day) => first < day && day <= last)];
    let open: { from: number; values: Values } | null = null;
    const close = (to: number) => {
      if (!open) return;
      segments.push({
        personId: period.personId,
        departmentId,
        from: fromDayNumber(open.from),
        to: Number.isFinite(to) ? fromDayNumber(to) : null,
        hoursPerWeek: period.hoursPerWeek,
        ...open.values,
      });
    };
    for (const start of starts) {
      const values = valuesOn(start, departmentId);
      if (open && sameValues(open.values, values)) continue;
      close(start - 1);
      open = { from: start, values };
    }
    close(last);
  }

  const placements = reports.map((report): ReportPlacement => {
    const start = employmentOn(employment, report.firstSickDay);
    const end = report.recoveryDate === null ? undefined : employmentOn(employment, addDays(report.recoveryDate, -1));
    const durationDays = report.recoveryDate === null ? null : daysBetween(report.firstSickDay, report.recoveryDate);
    return {
      reportId: report.reportId,
      personId: report.personId,
      caseId: report.caseId,
      firstSickDay: report.firstSickDay,
      recoveryDate: report.recoveryDate,
      employedOnFirstSickDay: start !== undefined,
      firstSickDayDepartmentId: start?.departmentId ?? null,
      employedOnLastSickDay: end !== undefined,
      lastSickDayDepartmentId: end?.departmentId ?? null,
      durationDays,
      durationClass: durationDays === null ? null : durationClass(durationDays),
      caseDepartmentId: caseDepartment.get(report.caseId) ?? null,
    };
  });
  return { segments, placements };
}
