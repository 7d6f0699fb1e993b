import { Button, Card } from '@terugkeer/ui';
import { useId, type ReactNode } from 'react';

export interface TodoItem {
  key: string;
  /** What waits, in a sentence. */
  text: ReactNode;
  /** The button to where it is done; it is described by the sentence for screen readers. */
  action?: { label: string; onClick: () => void };
}

export interface TodoListProps {
  title: string;
  empty: string;
  items: readonly TodoItem[];
  /** Said below the list, e.g. how many more there are. */
  footer?: ReactNode;
  'data-testid'?: string;
}

/** A role's "what waits for you": one numbered line per to-do, each with a way to do it. */
export function TodoList({ title, empty, items, footer, 'data-testid': testId }: TodoListProps) {
  const id = useId();
  return (
    <Card title={title} data-testid={testId}>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="tk-todos">
          {items.map((item) => (
            <li key={item.key}>
              <div>
                <span id={`${id}-${item.key}`}>{item.text}</span>
                {item.action && (
                  <Button variant="secondary" size="small" aria-describedby={`${id}-${item.key}`} onClick={item.action.onClick}>
                    {item.action.label}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {footer && <p>{footer}</p>}
    </Card>
  );
}
