import { TodoList } from '@terugkeer/frontend-kit';
import { useT } from '@terugkeer/ui';
import type { EmployeeTab, EmployeeTodo } from './employee-todos';
import { todoMessages } from './employee-todos.messages';

export interface EmployeeTodoListProps {
  todos: readonly EmployeeTodo[];
  onOpen?: (tab: EmployeeTab) => void;
}

/** What waits for the employee, each with a way to the screen where it is done. */
export function EmployeeTodoList({ todos, onOpen }: EmployeeTodoListProps) {
  const t = useT(todoMessages);
  return (
    <TodoList
      title={t('title')}
      empty={t('none')}
      data-testid="employee-todos"
      items={todos.map((todo) => ({
        key: todo.kind,
        text: t(todo.kind, { count: todo.count }),
        action: onOpen && { label: t(`open-${todo.tab}`), onClick: () => onOpen(todo.tab) },
      }))}
    />
  );
}
