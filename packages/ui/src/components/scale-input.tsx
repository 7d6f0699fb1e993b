import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../class-names.js';
import { FieldError, FieldHint, RequiredMark, describedBy, useFieldIds } from './field.js';

export interface ScaleInputProps extends Omit<ComponentPropsWithRef<'fieldset'>, 'onChange' | 'defaultValue' | 'children'> {
  /** The question, e.g. "Hoeveel energie heb je vandaag?". */
  legend: ReactNode;
  name: string;
  /** Meaning of the lowest value, e.g. "Helemaal leeg". */
  minLabel: ReactNode;
  /** Meaning of the highest value, e.g. "Vol energie". */
  maxLabel: ReactNode;
  min?: number;
  max?: number;
  /** Controlled value; `null` means nothing chosen yet. */
  value?: number | null;
  defaultValue?: number;
  onChange?: (value: number) => void;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
}

/**
 * A check-in scale as real radio buttons: arrow keys move the choice, each number is
 * a large target, and the end meanings are read with the first and last number.
 */
export function ScaleInput({
  legend,
  name,
  minLabel,
  maxLabel,
  min = 1,
  max = 10,
  value,
  defaultValue,
  onChange,
  hint,
  error,
  required,
  id,
  className,
  ...rest
}: ScaleInputProps) {
  const { controlId, hintId, errorId } = useFieldIds(id);
  const minId = `${controlId}-min`;
  const maxId = `${controlId}-max`;
  const steps = Array.from({ length: max - min + 1 }, (_, index) => min + index);

  return (
    <fieldset
      {...rest}
      id={controlId}
      className={cx('tk-fieldset', 'tk-field', 'tk-scale', className)}
      aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined, rest['aria-describedby'])}
    >
      <legend className="tk-legend">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <div className="tk-scale__options">
        {steps.map((step) => (
          <label key={step} className="tk-scale__option">
            <input
              type="radio"
              name={name}
              value={step}
              required={required}
              checked={value === undefined ? undefined : value === step}
              defaultChecked={defaultValue === undefined ? undefined : defaultValue === step}
              onChange={() => onChange?.(step)}
              aria-invalid={error ? true : undefined}
              aria-describedby={step === min ? minId : step === max ? maxId : undefined}
            />
            <span>{step}</span>
          </label>
        ))}
      </div>
      <div className="tk-scale__ends">
        <span id={minId}>
          {min}: {minLabel}
        </span>
        <span id={maxId}>
          {max}: {maxLabel}
        </span>
      </div>
      <FieldError id={errorId}>{error}</FieldError>
    </fieldset>
  );
}
