import { Button, Card, StatusBadge, useT } from '@terugkeer/ui';
import { useId } from 'react';
import type { CoachTab, CoachTodo } from './coach-todos';
import { todoMessages } from './coach-todos.messages';

export interface CoachTodoListProps {
  todos: readonly CoachTodo[];
  onOpen?: (tab: CoachTab, caseId: string) => void;
}

const TONE = { REVISE_REPORTS: 'warning', SEND_DRAFTS: 'info', RECORD_ATTENDANCE: 'info', STAGNATION: 'warning' } as const;

/** What waits for the coach across the caseload, each with a way to the screen where it is done. */
export function CoachTodoList({ todos, onOpen }: CoachTodoListProps) {
  const t = useT(todoMessages);
  const id = useId();
  return (
    <Card title={t('title')} data-testid="coach-todos">
      {todos.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ol className="tk-todos">
          {todos.map((todo) => (
            <li key={`${todo.kind}:${todo.caseId}`}>
              <div>
                <span id={`${id}-${todo.kind}-${todo.caseId}`}>
                  <StatusBadge tone={TONE[todo.kind]}>{t(`badge-${todo.kind}`)}</StatusBadge> <strong>{todo.employeeName}</strong>: {t(todo.kind, { count: todo.count })}
                </span>
                {onOpen && (
                  <Button variant="secondary" size="small" aria-describedby={`${id}-${todo.kind}-${todo.caseId}`} onClick={() => onOpen(todo.tab, todo.caseId)}>
                    {t(`open-${todo.tab}`)}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
