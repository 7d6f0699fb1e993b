import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';
import { Heading, type HeadingLevel } from './heading.js';

export interface EmptyStateProps extends Omit<ComponentPropsWithRef<'div'>, 'title'> {
  title: ReactNode;
  description?: ReactNode;
  /** What the person can do next, e.g. a button to add the first check-in. */
  action?: ReactNode;
  /** By default the level the page outline gives it. */
  headingLevel?: HeadingLevel;
}

export function EmptyState({ title, description, action, headingLevel, className, ...rest }: EmptyStateProps) {
  return (
    <div className={cx('tk-state', className)} {...rest}>
      <Heading level={headingLevel}>{title}</Heading>
      {description && <p className="tk-muted">{description}</p>}
      {action}
    </div>
  );
}
