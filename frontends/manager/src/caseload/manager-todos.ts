/**
 * What a manager (or case manager) must do now, across the cases they see: legal steps
 * overdue or due soon, and a plan version still waiting for the manager's signature.
 */
export type TodoKind = 'MILESTONE_OVERDUE' | 'MILESTONE_DUE_SOON' | 'SIGN_PLAN';

export interface Todo {
  caseId: string;
  employeeName: string;
  kind: TodoKind;
  /** The legal step (milestone kind) for milestone to-dos. */
  milestoneKind?: string;
  /** Due date for milestones; none for a signature. */
  dueDate?: string;
  planVersion?: number;
}

export interface TodoCase {
  id: string;
  status: string;
  employee: { name: string };
  viewerRelationships: readonly string[];
  milestones: ReadonlyArray<{ kind: string; dueDate: string; status: string }>;
  actionPlan?: { latest: { number: number; status: string; signatures: ReadonlyArray<{ role: string }> } } | null;
}

const ORDER: Record<TodoKind, number> = { MILESTONE_OVERDUE: 0, MILESTONE_DUE_SOON: 1, SIGN_PLAN: 2 };

/** Once the employee is back or the case is closed, a late step is history, not a to-do. */
const FINISHED = new Set(['RECOVERED', 'CLOSED']);

export function managerTodos(cases: readonly TodoCase[]): Todo[] {
  const todos = cases.flatMap((c): Todo[] => {
    if (FINISHED.has(c.status)) return [];
    const about = { caseId: c.id, employeeName: c.employee.name };
    const milestones = c.milestones.flatMap((m): Todo[] => {
      if (m.status === 'OVERDUE') return [{ ...about, kind: 'MILESTONE_OVERDUE', milestoneKind: m.kind, dueDate: m.dueDate }];
      if (m.status === 'DUE_SOON') return [{ ...about, kind: 'MILESTONE_DUE_SOON', milestoneKind: m.kind, dueDate: m.dueDate }];
      return [];
    });
    const latest = c.actionPlan?.latest;
    const awaitsSignature =
      c.viewerRelationships.includes('MANAGER') && latest && latest.status !== 'SIGNED' && !latest.signatures.some((s) => s.role === 'MANAGER');
    return awaitsSignature ? [...milestones, { ...about, kind: 'SIGN_PLAN', planVersion: latest.number }] : milestones;
  });
  return todos.sort(
    (a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.employeeName.localeCompare(b.employeeName),
  );
}
