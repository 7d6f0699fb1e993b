import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';
import { FieldError, FieldHint, RequiredMark, describedBy, useFieldIds } from './field.js';

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface RadioGroupProps extends Omit<ComponentPropsWithRef<'fieldset'>, 'onChange' | 'defaultValue' | 'children'> {
  legend: ReactNode;
  name: string;
  options: readonly RadioOption[];
  /** Controlled value; leave out and use `defaultValue` for an uncontrolled group. */
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  orientation?: 'vertical' | 'horizontal';
}

export function RadioGroup({
  legend,
  name,
  options,
  value,
  defaultValue,
  onChange,
  hint,
  error,
  required,
  orientation = 'vertical',
  id,
  className,
  ...rest
}: RadioGroupProps) {
  const { controlId, hintId, errorId } = useFieldIds(id);
  return (
    <fieldset
      {...rest}
      id={controlId}
      className={cx('tk-fieldset', 'tk-field', className)}
      aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined, rest['aria-describedby'])}
    >
      <legend className="tk-legend">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <div className={cx(orientation === 'horizontal' && 'tk-choices--horizontal')}>
        {options.map((option) => {
          const optionId = `${controlId}-${option.value}`;
          return (
            <div key={option.value} className="tk-choice">
              <input
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                required={required}
                checked={value === undefined ? undefined : value === option.value}
                defaultChecked={defaultValue === undefined ? undefined : defaultValue === option.value}
                onChange={() => onChange?.(option.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              />
              <div>
                <label htmlFor={optionId}>{option.label}</label>
                <FieldHint id={`${optionId}-hint`}>{option.hint}</FieldHint>
              </div>
            </div>
          );
        })}
      </div>
      <FieldError id={errorId}>{error}</FieldError>
    </fieldset>
  );
}
