import type { CaseRelationship } from '@terugkeer/domain';
import { visibleSessionReports } from './session-report-access';
import type { StoredSessionReport } from './session-report.repository';

const report = (state: StoredSessionReport['state']) => ({ id: state, state }) as StoredSessionReport;
const all = (['DRAFT', 'AWAITING_VALIDATION', 'CHANGES_REQUESTED', 'VALIDATED', 'RELEASED'] as const).map(report);

describe('which session reports someone on the case sees', () => {
  it.each<[CaseRelationship[], string[]]>([
    [['COACH'], ['DRAFT', 'AWAITING_VALIDATION', 'CHANGES_REQUESTED', 'VALIDATED', 'RELEASED']],
    [['EMPLOYEE'], ['AWAITING_VALIDATION', 'CHANGES_REQUESTED', 'VALIDATED', 'RELEASED']],
    [['MANAGER'], ['RELEASED']],
    [['CASE_MANAGER'], []],
    [['COMPANY_DOCTOR'], []],
    [['MANAGER', 'CASE_MANAGER'], ['RELEASED']],
  ])('%j', (relationships, states) => {
    expect(visibleSessionReports(all, relationships).map((r) => r.state)).toEqual(states);
  });
});
