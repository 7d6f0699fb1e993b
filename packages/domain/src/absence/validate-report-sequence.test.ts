import type { SickReport } from './sick-report';
import { validateReportSequence } from './validate-report-sequence';

function report(id: string, firstSickDay: string, recoveryDate: string | null): SickReport {
  return { id, firstSickDay, intervals: [{ from: firstSickDay, percentage: 100, therapeutic: false }], recoveryDate };
}

describe('validateReportSequence', () => {
  it.each<[string, SickReport[], string[]]>([
    ['back-to-back reports are fine', [report('a', '2026-01-05', '2026-02-02'), report('b', '2026-02-02', null)], []],
    ['a report inside the previous one overlaps', [report('a', '2026-01-05', '2026-02-02'), report('b', '2026-01-20', null)], ['reports[1].firstSickDay']],
    ['nothing may follow an open report', [report('b', '2026-03-01', null), report('a', '2026-01-05', null)], ['reports[0].firstSickDay']],
  ])('%s', (_, reports, fields) => {
    expect(validateReportSequence(reports).map((v) => v.field)).toEqual(fields);
  });
});
