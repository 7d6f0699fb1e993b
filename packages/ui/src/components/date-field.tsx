import type { ComponentPropsWithRef } from 'react';
import { cx } from '../class-names.js';
import { FieldError, FieldHint, RequiredMark, describedBy, useFieldIds, type FieldProps } from './field.js';

/** Value, min and max are ISO dates (`YYYY-MM-DD`), as the native date input uses. */
export type DateFieldProps = FieldProps & Omit<ComponentPropsWithRef<'input'>, 'children' | 'type'>;

export function DateField({ label, hint, error, id, className, ...rest }: DateFieldProps) {
  const { controlId, hintId, errorId } = useFieldIds(id);
  return (
    <div className={cx('tk-field', className)}>
      <label className="tk-label" htmlFor={controlId}>
        {label}
        <RequiredMark required={rest.required} />
      </label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <input
        {...rest}
        id={controlId}
        type="date"
        className="tk-input"
        aria-invalid={error ? true : rest['aria-invalid']}
        aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined, rest['aria-describedby'])}
      />
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}
