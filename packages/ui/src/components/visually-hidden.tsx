import type { ComponentPropsWithRef } from 'react';
import { cx } from '../class-names.js';

export type VisuallyHiddenProps = ComponentPropsWithRef<'span'>;

/** Text for screen readers only. */
export function VisuallyHidden({ className, ...rest }: VisuallyHiddenProps) {
  return <span className={cx('tk-visually-hidden', className)} {...rest} />;
}
