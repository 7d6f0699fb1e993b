import type { ComponentPropsWithRef, ReactNode } from 'react';
import { fieldAria, LabelledField, useFieldIds, type FieldProps } from './field.js';

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
  const { controlId } = useFieldIds(id);
  return (
    <LabelledField controlId={controlId} label={label} hint={hint} error={error} required={rest.required} className={className}>
      <select {...rest} id={controlId} className="tk-select" {...fieldAria(controlId, { hint, error }, rest)}>
        {placeholder && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
