import { TodoList } from '@terugkeer/frontend-kit';
import { StatusBadge, useT } from '@terugkeer/ui';
import type { CoachTab, CoachTodo } from './coach-todos';
import { todoMessages } from './coach-todos.messages';

export interface CoachTodoListProps {
  todos: readonly CoachTodo[];
  onOpen?: (tab: CoachTab, caseId: string) => void;
}

const TONE = { EXTRA_TALK: 'warning', REVISE_REPORTS: 'warning', SEND_DRAFTS: 'info', RECORD_ATTENDANCE: 'info', STAGNATION: 'warning' } as const;

/** What waits for the coach across the caseload, each with a way to the screen where it is done. */
export function CoachTodoList({ todos, onOpen }: CoachTodoListProps) {
  const t = useT(todoMessages);
  return (
    <TodoList
      title={t('title')}
      empty={t('none')}
      data-testid="coach-todos"
      items={todos.map((todo) => ({
        key: `${todo.kind}-${todo.caseId}`,
        text: (
          <>
            <StatusBadge tone={TONE[todo.kind]}>{t(`badge-${todo.kind}`)}</StatusBadge> <strong>{todo.employeeName}</strong>:{' '}
            {t(todo.kind, { count: todo.count })}
          </>
        ),
        action: onOpen && { label: t(`open-${todo.tab}`), onClick: () => onOpen(todo.tab, todo.caseId) },
      }))}
    />
  );
}
