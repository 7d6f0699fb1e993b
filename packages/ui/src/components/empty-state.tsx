import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';

export interface EmptyStateProps extends Omit<ComponentPropsWithRef<'div'>, 'title'> {
  title: ReactNode;
  description?: ReactNode;
  /** What the person can do next, e.g. a button to add the first check-in. */
  action?: ReactNode;
  headingLevel?: 2 | 3 | 4;
}

export function EmptyState({ title, description, action, headingLevel = 3, className, ...rest }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx('tk-state', className)} {...rest}>
      <Heading>{title}</Heading>
      {description && <p className="tk-muted">{description}</p>}
      {action}
    </div>
  );
}
