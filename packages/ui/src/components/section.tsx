import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { cx } from '../class-names.js';
import { BelowHeading, Heading, useHeadingLevel } from './heading.js';

export interface SectionProps extends Omit<ComponentPropsWithRef<'section'>, 'title'> {
  title: ReactNode;
  description?: ReactNode;
}

export function Section({ title, description, className, children, ...rest }: SectionProps) {
  const headingId = useId();
  const level = useHeadingLevel();
  return (
    <section aria-labelledby={headingId} className={cx('tk-section', className)} {...rest}>
      <Heading id={headingId}>{title}</Heading>
      {description && <p className="tk-section__description">{description}</p>}
      <BelowHeading level={level}>{children}</BelowHeading>
    </section>
  );
}
