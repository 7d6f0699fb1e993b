import { compareIsoDates, daysBetween, type IsoDate } from '../calendar/iso-date';
import type { CaseRules, CaseSpan } from './absence-case';
import { deriveCases } from './derive-cases';
import type { SickReport } from './sick-report';

interface Resumption {
  from: IsoDate;
  /** First day of renewed full incapacity; null while still back at work. */
  to: IsoDate | null;
}

/** Spells of actual work inside one case: partial, non-therapeutic intervals and fit gaps, joined. */
function resumptions(reports: readonly SickReport[]): Resumption[] {
  const spells: Resumption[] = [];
  const open = (from: IsoDate) => {
    const last = spells.at(-1);
    if (!last || last.to !== null) spells.push({ from, to: null });
  };
  const close = (to: IsoDate) => {
    const last = spells.at(-1);
    if (last && last.to === null) last.to = to;
  };
  for (const report of [...reports].sort((a, b) => compareIsoDates(a.firstSickDay, b.firstSickDay))) {
    for (const interval of report.intervals) {
      if (interval.percentage < 100 && !interval.therapeutic) open(interval.from);
      else close(interval.from);
    }
    if (report.recoveryDate !== null) open(report.recoveryDate);
  }
  return spells;
}

/**
 * The incapacity the sick-day milestones count from, for the reports of one case. Under Dutch
 * rules that is the case itself (fit gaps subtracted, partial work still sick). Under Belgian
 * rules a return to work — partial or progressive included — interrupts the incapacity: it
 * counts anew from the next full incapacity, unless that starts within the first 14 days of the
 * return (art. 34 Arbeidsovereenkomstenwet, art. I.4-73 §1 Codex welzijn op het werk); while the
 * employee is still back at work the incapacity has ended on the first day of the return.
 */
export function incapacitySpan(reports: readonly SickReport[], rules: CaseRules): CaseSpan | undefined {
  const [sickCase] = deriveCases(reports, rules);
  if (!sickCase) return undefined;
  if (!rules.partialReturnInterrupts) return { firstSickDay: sickCase.firstSickDay, gaps: sickCase.gaps, recoveryDate: sickCase.recoveryDate };
  let firstSickDay = sickCase.firstSickDay;
  for (const { from, to } of resumptions(reports)) {
    if (from < firstSickDay) continue;
    if (to === null) return { firstSickDay, gaps: [], recoveryDate: from };
    if (daysBetween(from, to) >= rules.continuationGapDays) firstSickDay = to;
  }
  return { firstSickDay, gaps: [], recoveryDate: null };
}
