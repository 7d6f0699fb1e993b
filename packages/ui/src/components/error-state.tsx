import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';
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
  headingLevel?: 2 | 3 | 4;
}

export function ErrorState({ title, description, onRetry, retryLabel, headingLevel = 3, className, ...rest }: ErrorStateProps) {
  const t = useT(uiMessages);
  const Heading = `h${headingLevel}` as const;
  return (
    <div role="alert" className={cx('tk-state', className)} {...rest}>
      <Heading>{title}</Heading>
      {description && <p className="tk-muted">{description}</p>}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {retryLabel ?? t('retry')}
        </Button>
      )}
    </div>
  );
}
