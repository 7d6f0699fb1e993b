import { mondayOf } from '@terugkeer/domain';

/** Where on the employee's screens a to-do is done. */
export type EmployeeTab = 'check-in' | 'plans' | 'sessions' | 'hours';

export type EmployeeTodoKind = 'SIGN_ACTION_PLAN' | 'AGREE_RELAPSE_PLAN' | 'VALIDATE_SUMMARIES' | 'CHECK_IN' | 'ENTER_HOURS';

export interface EmployeeTodo {
  kind: EmployeeTodoKind;
  tab: EmployeeTab;
  count: number;
}

export interface EmployeeTodoFacts {
  viewerId: string | null;
  /** Today in the employee's own calendar (ISO). */
  today: string;
  actionPlan: { signatures: readonly { role: string }[] } | null;
  relapsePlan: { agreedByEmployeeAt: string | null } | null;
  sessionReports: readonly { state: string; participants: readonly { userId: string; validated: boolean }[] }[];
  checkInDates: readonly string[] | null;
  buildUpWeeks: readonly { weekStart: string; planned: number; actual: number | null }[];
}

const TAB: Record<EmployeeTodoKind, EmployeeTab> = {
  SIGN_ACTION_PLAN: 'plans',
  AGREE_RELAPSE_PLAN: 'plans',
  VALIDATE_SUMMARIES: 'sessions',
  CHECK_IN: 'check-in',
  ENTER_HOURS: 'hours',
};

/**
 * What waits for the employee, in the order it matters: signing the plan and agreeing the
 * relapse-prevention plan, then summaries of talks to approve, then this week's check-in
 * and the hours of past weeks of the build-up that are still empty. Releasing a summary
 * to the manager is never a to-do: keeping it is a decision, and a reminder would press it.
 */
export function employeeTodos(facts: EmployeeTodoFacts): EmployeeTodo[] {
  const thisMonday = mondayOf(facts.today);
  const counts: Record<EmployeeTodoKind, number> = {
    SIGN_ACTION_PLAN: facts.actionPlan && !facts.actionPlan.signatures.some((s) => s.role === 'EMPLOYEE') ? 1 : 0,
    AGREE_RELAPSE_PLAN: facts.relapsePlan && !facts.relapsePlan.agreedByEmployeeAt ? 1 : 0,
    VALIDATE_SUMMARIES: facts.sessionReports.filter(
      (r) => r.state === 'AWAITING_VALIDATION' && r.participants.some((p) => p.userId === facts.viewerId && !p.validated),
    ).length,
    CHECK_IN: facts.checkInDates && !facts.checkInDates.some((date) => mondayOf(date) === thisMonday) ? 1 : 0,
    ENTER_HOURS: facts.buildUpWeeks.filter((w) => w.weekStart < thisMonday && w.planned > 0 && w.actual === null).length,
  };
  return (Object.keys(TAB) as EmployeeTodoKind[]).filter((kind) => counts[kind] > 0).map((kind) => ({ kind, tab: TAB[kind], count: counts[kind] }));
}
