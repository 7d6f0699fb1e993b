import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';
import { BelowHeading, Heading, useHeadingLevel, type HeadingLevel } from './heading.js';

export interface CardProps extends Omit<ComponentPropsWithRef<'div'>, 'title'> {
  title?: ReactNode;
  /** Heading level of the title; by default the level the page outline gives it. */
  headingLevel?: HeadingLevel;
}

export function Card({ title, headingLevel, className, children, ...rest }: CardProps) {
  const outline = useHeadingLevel();
  const level = headingLevel ?? outline;
  return (
    <div className={cx('tk-card', className)} {...rest}>
      {title ? (
        <>
          <Heading level={level}>{title}</Heading>
          <BelowHeading level={level}>{children}</BelowHeading>
        </>
      ) : (
        children
      )}
    </div>
  );
}
