/** Where on the coach's screens a to-do is done. */
export type CoachTab = 'relapse' | 'programme' | 'alerts' | 'reports';

export type CoachTodoKind = 'EXTRA_TALK' | 'REVISE_REPORTS' | 'SEND_DRAFTS' | 'RECORD_ATTENDANCE' | 'STAGNATION';

export interface CoachTodo {
  kind: CoachTodoKind;
  tab: CoachTab;
  caseId: string;
  employeeName: string;
  count: number;
}

export interface CoachTodoCase {
  id: string;
  status: string;
  employee: { name: string };
  sessionReports: readonly { state: string }[];
  programme: { progress: { unrecorded: number } } | null;
  buildUp: { stagnationAlerts: readonly unknown[] } | null;
  talkRequests: readonly { state: string }[] | null;
}

const TAB: Record<CoachTodoKind, CoachTab> = {
  EXTRA_TALK: 'relapse',
  REVISE_REPORTS: 'reports',
  SEND_DRAFTS: 'reports',
  RECORD_ATTENDANCE: 'programme',
  STAGNATION: 'alerts',
};
const FINISHED = new Set(['RECOVERED', 'CLOSED']);

/**
 * What waits for the coach, most pressing kind first: an employee who asked for an extra
 * talk after a dip, summaries a participant asked to
 * change, drafts not yet sent for approval, held talks whose attendance is not recorded,
 * and build-ups that stagnate. Finished cases wait for nothing.
 */
export function coachTodos(cases: readonly CoachTodoCase[]): CoachTodo[] {
  const todos = cases
    .filter((c) => !FINISHED.has(c.status))
    .flatMap((c) => {
      const counts: Record<CoachTodoKind, number> = {
        EXTRA_TALK: (c.talkRequests ?? []).filter((r) => r.state === 'REQUESTED').length,
        REVISE_REPORTS: c.sessionReports.filter((r) => r.state === 'CHANGES_REQUESTED').length,
        SEND_DRAFTS: c.sessionReports.filter((r) => r.state === 'DRAFT').length,
        RECORD_ATTENDANCE: c.programme?.progress.unrecorded ?? 0,
        STAGNATION: c.buildUp?.stagnationAlerts.length ?? 0,
      };
      return (Object.keys(TAB) as CoachTodoKind[])
        .filter((kind) => counts[kind] > 0)
        .map((kind) => ({ kind, tab: TAB[kind], caseId: c.id, employeeName: c.employee.name, count: counts[kind] }));
    });
  const order = Object.keys(TAB);
  return todos.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.employeeName.localeCompare(b.employeeName));
}
