import { compareIsoDates, daysBetween, type IsoDate } from '../calendar/iso-date';
import { NL_CASE_RULES, type CaseRules, type DerivedCase } from './absence-case';
import type { SickReport } from './sick-report';

/**
 * Groups reports into cases, oldest first, under the jurisdiction's `CaseRules` (Dutch by
 * default). A report that starts before its case has recovered (overlap, flagged by
 * `validateReportSequence`) continues it without a gap.
 */
export function deriveCases(reports: readonly SickReport[], rules: Partial<CaseRules> = {}): DerivedCase[] {
  const { continuationGapDays, fitDaysInCase, pregnancyLeaveDays } = { ...NL_CASE_RULES, ...rules };
  const sorted = [...reports].sort((a, b) => compareIsoDates(a.firstSickDay, b.firstSickDay));
  const cases: DerivedCase[] = [];
  let previous: SickReport | undefined;

  for (const report of sorted) {
    const current = cases.at(-1);
    const fitDays = current?.recoveryDate ? daysBetween(current.recoveryDate, report.firstSickDay) : 0;
    const aroundMaternityLeave = previous?.safetyNetGround === 'PREGNANCY' && report.safetyNetGround === 'PREGNANCY' ? pregnancyLeaveDays : 0;
    previous = report;
    if (!current || fitDays >= continuationGapDays + aroundMaternityLeave) {
      cases.push({
        reportIds: [report.id],
        relapseReportIds: [],
        firstSickDay: report.firstSickDay,
        recoveryDate: report.recoveryDate,
        gaps: [],
      });
      continue;
    }
    current.reportIds.push(report.id);
    current.relapseReportIds.push(report.id);
    // An open case stays open: a later report cannot recover an earlier one.
    if (current.recoveryDate === null) continue;
    if (fitDays > 0 && fitDaysInCase === 'SUBTRACTED') current.gaps.push({ from: current.recoveryDate, to: report.firstSickDay, days: fitDays });
    current.recoveryDate = report.recoveryDate === null ? null : later(current.recoveryDate, report.recoveryDate);
  }
  return cases;
}

function later(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
