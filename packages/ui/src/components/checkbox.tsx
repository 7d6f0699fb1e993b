import type { ComponentPropsWithRef } from 'react';
import { cx } from '../class-names.js';
import { FieldError, FieldHint, describedBy, useFieldIds, type FieldProps } from './field.js';

export type CheckboxProps = FieldProps & Omit<ComponentPropsWithRef<'input'>, 'children' | 'type'>;

export function Checkbox({ label, hint, error, id, className, ...rest }: CheckboxProps) {
  const { controlId, hintId, errorId } = useFieldIds(id);
  return (
    <div className={cx('tk-field', className)}>
      <div className="tk-choice">
        <input
          {...rest}
          id={controlId}
          type="checkbox"
          aria-invalid={error ? true : rest['aria-invalid']}
          aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined, rest['aria-describedby'])}
        />
        <div>
          <label htmlFor={controlId}>{label}</label>
          <FieldHint id={hintId}>{hint}</FieldHint>
        </div>
      </div>
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}
