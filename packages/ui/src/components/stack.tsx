import type { ComponentPropsWithRef } from 'react';
import { cx } from '../class-names.js';

export type Gap = 'xs' | 'sm' | 'md' | 'lg' | 'xl';

export interface StackProps extends ComponentPropsWithRef<'div'> {
  gap?: Gap;
}

/** Vertical flow with even spacing. */
export function Stack({ gap = 'md', className, ...rest }: StackProps) {
  return <div className={cx('tk-stack', `tk-gap-${gap}`, className)} {...rest} />;
}
