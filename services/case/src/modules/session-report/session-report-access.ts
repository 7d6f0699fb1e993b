import type { CaseRelationship } from '@terugkeer/domain';
import type { StoredSessionReport } from './session-report.repository';

/**
 * What of a report a person on the case sees: the coach everything, the employee all but
 * drafts, the manager only released summaries; the case manager and the doctor nothing.
 */
export function visibleSessionReports(reports: readonly StoredSessionReport[], relationships: readonly CaseRelationship[]): StoredSessionReport[] {
  if (relationships.includes('COACH')) return [...reports];
  if (relationships.includes('EMPLOYEE')) return reports.filter((r) => r.state !== 'DRAFT');
  if (relationships.includes('MANAGER')) return reports.filter((r) => r.state === 'RELEASED');
  return [];
}

export const maySeePrivateNotes = (relationships: readonly CaseRelationship[]) => relationships.includes('COACH');
