import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';
import { FieldError, FieldHint, RequiredMark, describedBy, useFieldIds, type FieldProps } from './field.js';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends FieldProps, Omit<ComponentPropsWithRef<'select'>, 'children'> {
  options: readonly SelectOption[];
  /** First, empty option such as "Kies een fase"; selecting it gives the value ''. */
  placeholder?: ReactNode;
}

export function Select({ label, hint, error, options, placeholder, id, className, ...rest }: SelectProps) {
  const { controlId, hintId, errorId } = useFieldIds(id);
  return (
    <div className={cx('tk-field', className)}>
      <label className="tk-label" htmlFor={controlId}>
        {label}
        <RequiredMark required={rest.required} />
      </label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <select
        {...rest}
        id={controlId}
        className="tk-select"
        aria-invalid={error ? true : rest['aria-invalid']}
        aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined, rest['aria-describedby'])}
      >
        {placeholder && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}
