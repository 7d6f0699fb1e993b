import { validateReportSequence, validateSickReport, type SickReport, type Violation } from '@terugkeer/domain';

export const MAX_TEXT = 2000;

/** A report that would be valid on its own and beside the employee's other reports. */
export function violationsOfReports(report: SickReport, others: readonly SickReport[]): Violation[] {
  const own = validateSickReport(report);
  if (own.length) return own;
  return validateReportSequence([...others.filter((o) => o.id !== report.id), report]).map((v) => ({
    ...v,
    field: v.field.endsWith('.firstSickDay') ? 'firstSickDay' : v.field,
    message: 'overlaps another sick report of this employee',
  }));
}

/** Field names of the domain rules in the words of the mutation inputs. */
export function inputField(field: string): string {
  if (field.startsWith('intervals[') && field.endsWith('.percentage')) return 'percentage';
  if (field.startsWith('intervals[') && field.endsWith('.from')) return 'from';
  if (field === 'intervals') return 'from';
  return field;
}
