import type { ComponentPropsWithRef } from 'react';
import { cx } from '../class-names.js';
import type { Gap } from './stack.js';

export interface ClusterProps extends ComponentPropsWithRef<'div'> {
  gap?: Gap;
  justify?: 'start' | 'end' | 'between';
  align?: 'start' | 'center' | 'end';
}

/** Horizontal group that wraps, e.g. a row of buttons or badges. */
export function Cluster({ gap = 'sm', justify = 'start', align = 'center', className, ...rest }: ClusterProps) {
  return <div className={cx('tk-cluster', `tk-gap-${gap}`, `tk-justify-${justify}`, `tk-align-${align}`, className)} {...rest} />;
}
