import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';

export interface CardProps extends Omit<ComponentPropsWithRef<'div'>, 'title'> {
  title?: ReactNode;
  /** Heading level of the title, so cards fit the page outline. Defaults to 3 (inside a `Section`). */
  headingLevel?: 2 | 3 | 4;
}

export function Card({ title, headingLevel = 3, className, children, ...rest }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx('tk-card', className)} {...rest}>
      {title && <Heading>{title}</Heading>}
      {children}
    </div>
  );
}
