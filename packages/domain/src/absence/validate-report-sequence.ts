import { compareIsoDates } from '../calendar/iso-date';
import type { Violation } from '../validation/violation';
import type { SickReport } from './sick-report';

/** Reports of one employee must not overlap: each starts after the previous one has recovered. */
export function validateReportSequence(reports: readonly SickReport[]): Violation[] {
  const indexed = reports.map((report, index) => ({ report, index }));
  indexed.sort((a, b) => compareIsoDates(a.report.firstSickDay, b.report.firstSickDay));
  const violations: Violation[] = [];
  for (let i = 1; i < indexed.length; i++) {
    const previous = indexed[i - 1].report;
    const { report, index } = indexed[i];
    if (previous.recoveryDate === null || report.firstSickDay < previous.recoveryDate) {
      violations.push({
        field: `reports[${index}].firstSickDay`,
        code: 'OVERLAPPING_REPORT',
        message: `Report ${report.id} starts before report ${previous.id} has recovered`,
      });
    }
  }
  return violations;
}
