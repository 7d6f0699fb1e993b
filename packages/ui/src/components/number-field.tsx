import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';
import { FieldError, FieldHint, RequiredMark, describedBy, useFieldIds, type FieldProps } from './field.js';

export interface NumberFieldProps extends FieldProps, Omit<ComponentPropsWithRef<'input'>, 'children' | 'type'> {
  /** Unit shown after the input and announced with it, e.g. "uur". */
  unit?: ReactNode;
}

export function NumberField({ label, hint, error, unit, id, className, ...rest }: NumberFieldProps) {
  const { controlId, hintId, errorId } = useFieldIds(id);
  const unitId = `${controlId}-unit`;
  return (
    <div className={cx('tk-field', className)}>
      <label className="tk-label" htmlFor={controlId}>
        {label}
        <RequiredMark required={rest.required} />
      </label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <div className="tk-input-row">
        <input
          inputMode="decimal"
          {...rest}
          id={controlId}
          type="number"
          className="tk-input tk-input--number"
          aria-invalid={error ? true : rest['aria-invalid']}
          aria-describedby={describedBy(unit ? unitId : undefined, hint ? hintId : undefined, error ? errorId : undefined, rest['aria-describedby'])}
        />
        {unit && <span id={unitId}>{unit}</span>}
      </div>
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}
