import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

// A distinct shape per tone, so the badge reads without colour too; drawn, not typed, so the
// badge's text is only its words ("Opbouw", never "i Opbouw") wherever it is read or copied.
const SHAPE: Record<BadgeTone, ReactNode> = {
  neutral: <circle cx="5" cy="5" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />,
  info: <circle cx="5" cy="5" r="3.5" fill="currentColor" />,
  success: <path d="M1.5 5.5 4 8l4.5-6" fill="none" stroke="currentColor" strokeWidth="1.8" />,
  warning: <path d="M5 1 9.5 9h-9Z" fill="currentColor" />,
  danger: <path d="m2 2 6 6M8 2 2 8" stroke="currentColor" strokeWidth="1.8" />,
};

export interface StatusBadgeProps extends ComponentPropsWithRef<'span'> {
  tone?: BadgeTone;
  /** The status in words, e.g. "Op schema". Required: colour is never the only signal. */
  children: ReactNode;
}

export function StatusBadge({ tone = 'neutral', className, children, ...rest }: StatusBadgeProps) {
  return (
    <span className={cx('tk-badge', `tk-badge--${tone}`, className)} {...rest}>
      <svg className="tk-icon" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">
        {SHAPE[tone]}
      </svg>
      {children}
    </span>
  );
}
