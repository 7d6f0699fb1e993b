import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../class-names.js';
import { BelowHeading, Heading, useHeadingLevel } from './heading.js';

export const MAIN_ID = 'tk-main';

export interface PageProps extends Omit<ComponentPropsWithoutRef<'main'>, 'title'> {
  title: ReactNode;
  description?: ReactNode;
  /** Page-level buttons or links, shown beside the title. */
  actions?: ReactNode;
  /** Use 'div' when the host page already has a `<main>` landmark. */
  as?: 'main' | 'div';
}

export function Page({ title, description, actions, as: Element = 'main', id = MAIN_ID, className, children, ...rest }: PageProps) {
  const headingId = useId();
  const level = useHeadingLevel();
  return (
    <Element id={id} tabIndex={-1} aria-labelledby={Element === 'main' ? headingId : undefined} className={cx('tk-page', className)} {...rest}>
      <header className="tk-page__header">
        <div className="tk-stack tk-gap-xs">
          <Heading id={headingId}>{title}</Heading>
          {description && <p className="tk-page__description">{description}</p>}
        </div>
        {actions && <div className="tk-cluster tk-gap-sm">{actions}</div>}
      </header>
      <BelowHeading level={level}>{children}</BelowHeading>
    </Element>
  );
}
