import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { cx } from '../class-names.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { VisuallyHidden } from './visually-hidden.js';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  size?: 'medium' | 'small';
  /** Shows a spinner and ignores clicks; the button stays focusable so focus is not lost. */
  loading?: boolean;
}

export function Button({ variant = 'primary', size = 'medium', loading = false, type = 'button', className, onClick, children, ...rest }: ButtonProps) {
  const t = useT(uiMessages);
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      className={cx('tk-button', `tk-button--${variant}`, size === 'small' && 'tk-button--small', className)}
      aria-busy={loading || undefined}
      aria-disabled={loading || rest['aria-disabled'] || undefined}
      onClick={handleClick}
    >
      {loading && <span className="tk-spinner" aria-hidden="true" />}
      {children}
      {loading && <VisuallyHidden>{t('busy')}</VisuallyHidden>}
    </button>
  );
}
