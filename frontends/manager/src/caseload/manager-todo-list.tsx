import { AppLink, casePath, TodoList } from '@terugkeer/frontend-kit';
import { formatDate, StatusBadge, useLocale, useT } from '@terugkeer/ui';
import { milestoneKindMessages } from '../plan/milestone-labels';
import type { Todo } from './manager-todos';
import { messages } from './team-cases.messages';

/** Enough to act on today; the table below has the rest per case. */
const SHOWN = 8;

/** The to-dos as a short list, most urgent first, each saying what and by when, and leading to where it is done. */
export function ManagerTodoList({ todos, area }: { todos: readonly Todo[]; area: string }) {
  const t = useT(messages);
  const step = useT(milestoneKindMessages);
  const { locale } = useLocale();
  const describe = (todo: Todo) => {
    if (todo.kind === 'SIGN_PLAN') return t('todoSign', { version: todo.planVersion ?? 1 });
    const what = step(todo.milestoneKind as keyof typeof milestoneKindMessages);
    return t(todo.kind === 'MILESTONE_OVERDUE' ? 'todoOverdue' : 'todoDueSoon', { what, date: formatDate(todo.dueDate ?? '', locale) });
  };
  return (
    <TodoList
      title={t('todoTitle')}
      empty={t('todoNone')}
      data-testid="manager-todos"
      items={todos.slice(0, SHOWN).map((todo) => ({
        key: `${todo.caseId}:${todo.kind}:${todo.milestoneKind ?? ''}:${todo.dueDate ?? ''}`,
        text: (
          <>
            <StatusBadge tone={todo.kind === 'MILESTONE_OVERDUE' ? 'danger' : todo.kind === 'MILESTONE_DUE_SOON' ? 'warning' : 'info'}>
              {t(todo.kind)}
            </StatusBadge>{' '}
            <AppLink to={casePath(area, todo.caseId, 'plan')}>
              <strong>{todo.employeeName}</strong>: {describe(todo)}
            </AppLink>
          </>
        ),
      }))}
      footer={todos.length > SHOWN && t('todoMore', { count: todos.length - SHOWN })}
    />
  );
}
