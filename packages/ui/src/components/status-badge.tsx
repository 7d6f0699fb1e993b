import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

// A distinct shape per tone, so the badge reads without colour too; the text says it in words.
const ICON: Record<BadgeTone, string> = { neutral: '○', info: 'i', success: '✓', warning: '!', danger: '×' };

export interface StatusBadgeProps extends ComponentPropsWithRef<'span'> {
  tone?: BadgeTone;
  /** The status in words, e.g. "Op schema". Required: colour is never the only signal. */
  children: ReactNode;
}

export function StatusBadge({ tone = 'neutral', className, children, ...rest }: StatusBadgeProps) {
  return (
    <span className={cx('tk-badge', `tk-badge--${tone}`, className)} {...rest}>
      <span className="tk-icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      {children}
    </span>
  );
}
