import { Button, Card, useT } from '@terugkeer/ui';
import { useId } from 'react';
import type { EmployeeTab, EmployeeTodo } from './employee-todos';
import { todoMessages } from './employee-todos.messages';

export interface EmployeeTodoListProps {
  todos: readonly EmployeeTodo[];
  onOpen?: (tab: EmployeeTab) => void;
}

/** What waits for the employee, each with a way to the screen where it is done. */
export function EmployeeTodoList({ todos, onOpen }: EmployeeTodoListProps) {
  const t = useT(todoMessages);
  const id = useId();
  return (
    <Card title={t('title')} data-testid="employee-todos">
      {todos.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ol className="tk-todos">
          {todos.map((todo) => (
            <li key={todo.kind}>
              <div>
                <span id={`${id}-${todo.kind}`}>{t(todo.kind, { count: todo.count })}</span>
                {onOpen && (
                  <Button variant="secondary" size="small" aria-describedby={`${id}-${todo.kind}`} onClick={() => onOpen(todo.tab)}>
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
