import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { VisuallyHidden } from './visually-hidden.js';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

const TONE: Record<AlertTone, { icon: string; prefix: 'toneInfo' | 'toneSuccess' | 'toneWarning' | 'toneError' }> = {
  info: { icon: 'i', prefix: 'toneInfo' },
  success: { icon: '✓', prefix: 'toneSuccess' },
  warning: { icon: '!', prefix: 'toneWarning' },
  error: { icon: '×', prefix: 'toneError' },
};

export interface AlertProps extends Omit<ComponentPropsWithRef<'div'>, 'title'> {
  tone?: AlertTone;
  title?: ReactNode;
}

/**
 * A message in the flow of the page. Errors interrupt (role=alert); everything else is
 * announced politely (role=status). The tone is also spoken, so colour never carries it alone.
 */
export function Alert({ tone = 'info', title, className, children, ...rest }: AlertProps) {
  const t = useT(uiMessages);
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={cx('tk-alert', `tk-alert--${tone}`, className)} {...rest}>
      <span className="tk-icon" aria-hidden="true">
        {TONE[tone].icon}
      </span>
      <div className="tk-stack tk-gap-xs">
        {title ? (
          <div className="tk-alert__title">
            <VisuallyHidden>{t(TONE[tone].prefix)} </VisuallyHidden>
            {title}
          </div>
        ) : (
          <VisuallyHidden>{t(TONE[tone].prefix)}</VisuallyHidden>
        )}
        {children && <div>{children}</div>}
      </div>
    </div>
  );
}
