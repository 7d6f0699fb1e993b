/**
 * What waits for the company doctor, most pressing first: urgent escalations, then
 * problem analyses overdue or due soon, then normal escalations.
 */
export interface DueCase {
  id: string;
  status: string;
  employee: { name: string };
  milestones: ReadonlyArray<{ kind: string; dueDate: string; status: string }>;
  escalations?: ReadonlyArray<{ id: string; urgency: string; status: string }> | null;
}

export type DueKind = 'URGENT_ESCALATION' | 'ANALYSIS_OVERDUE' | 'ANALYSIS_DUE_SOON' | 'ESCALATION';

export interface DueItem {
  caseId: string;
  employeeName: string;
  kind: DueKind;
  dueDate?: string;
  escalationId?: string;
}

const ORDER: Record<DueKind, number> = { URGENT_ESCALATION: 0, ANALYSIS_OVERDUE: 1, ANALYSIS_DUE_SOON: 2, ESCALATION: 3 };
const FINISHED = new Set(['RECOVERED', 'CLOSED']);

/** A recovered or closed case asks nothing more of the doctor than its open escalations. */
export const isFinished = (caseStatus: string) => FINISHED.has(caseStatus);

export function doctorDue(cases: readonly DueCase[]): DueItem[] {
  const items = cases.flatMap((c): DueItem[] => {
    const about = { caseId: c.id, employeeName: c.employee.name };
    const escalations = (c.escalations ?? [])
      .filter((e) => e.status === 'OPEN')
      .map((e): DueItem => ({ ...about, kind: e.urgency === 'URGENT' ? 'URGENT_ESCALATION' : 'ESCALATION', escalationId: e.id }));
    if (isFinished(c.status)) return escalations;
    const analyses = c.milestones
      .filter((m) => m.kind === 'PROBLEM_ANALYSIS' && (m.status === 'OVERDUE' || m.status === 'DUE_SOON'))
      .map((m): DueItem => ({ ...about, kind: m.status === 'OVERDUE' ? 'ANALYSIS_OVERDUE' : 'ANALYSIS_DUE_SOON', dueDate: m.dueDate }));
    return [...escalations, ...analyses];
  });
  return items.sort(
    (a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.employeeName.localeCompare(b.employeeName),
  );
}
