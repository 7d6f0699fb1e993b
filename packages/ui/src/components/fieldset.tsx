import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { cx } from '../class-names.js';
import { FieldHint } from './field.js';

export interface FieldsetProps extends Omit<ComponentPropsWithRef<'fieldset'>, 'title'> {
  /** Names the group for screen readers and on screen. */
  legend: ReactNode;
  hint?: ReactNode;
}

/** Groups related controls under one name, e.g. the rows of a list being edited. */
export function Fieldset({ legend, hint, className, children, ...rest }: FieldsetProps) {
  const hintId = `${useId()}-hint`;
  return (
    <fieldset className={cx('tk-fieldset', 'tk-fieldset--group', className)} aria-describedby={hint ? hintId : undefined} {...rest}>
      <legend className="tk-legend">{legend}</legend>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <div className="tk-stack tk-gap-md">{children}</div>
    </fieldset>
  );
}
