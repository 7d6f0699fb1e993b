import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';
import { Heading, type HeadingLevel } from './heading.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { Button } from './button.js';

export interface ErrorStateProps extends Omit<ComponentPropsWithRef<'div'>, 'title'> {
  title: ReactNode;
  description?: ReactNode;
  /** Shows a retry button when given. */
  onRetry?: () => void;
  /** Defaults to "Opnieuw proberen" / "Try again". */
  retryLabel?: ReactNode;
  /** By default the level the page outline gives it. */
  headingLevel?: HeadingLevel;
}

export function ErrorState({ title, description, onRetry, retryLabel, headingLevel, className, ...rest }: ErrorStateProps) {
  const t = useT(uiMessages);
  return (
    <div role="alert" className={cx('tk-state', className)} {...rest}>
      <Heading level={headingLevel}>{title}</Heading>
      {description && <p className="tk-muted">{description}</p>}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {retryLabel ?? t('retry')}
        </Button>
      )}
    </div>
  );
}
