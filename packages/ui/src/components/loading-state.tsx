import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';

export interface LoadingStateProps extends ComponentPropsWithRef<'div'> {
  /** Defaults to "Laden…" / "Loading…". */
  label?: ReactNode;
}

export function LoadingState({ label, className, ...rest }: LoadingStateProps) {
  const t = useT(uiMessages);
  return (
    <div role="status" aria-live="polite" className={cx('tk-state', className)} {...rest}>
      <span className="tk-spinner" aria-hidden="true" />
      <p>{label ?? t('loading')}</p>
    </div>
  );
}
