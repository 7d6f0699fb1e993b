import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { cx } from '../class-names.js';

export interface SectionProps extends Omit<ComponentPropsWithRef<'section'>, 'title'> {
  title: ReactNode;
  description?: ReactNode;
}

export function Section({ title, description, className, children, ...rest }: SectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={cx('tk-section', className)} {...rest}>
      <h2 id={headingId}>{title}</h2>
      {description && <p className="tk-section__description">{description}</p>}
      {children}
    </section>
  );
}
