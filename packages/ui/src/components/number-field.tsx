import type { ComponentPropsWithRef, ReactNode } from 'react';
import { fieldAria, LabelledField, useFieldIds, type FieldProps } from './field.js';

export interface NumberFieldProps extends FieldProps, Omit<ComponentPropsWithRef<'input'>, 'children' | 'type'> {
  /** Unit shown after the input and announced with it, e.g. "uur". */
  unit?: ReactNode;
}

export function NumberField({ label, hint, error, unit, id, className, ...rest }: NumberFieldProps) {
  const { controlId } = useFieldIds(id);
  const unitId = `${controlId}-unit`;
  return (
    <LabelledField controlId={controlId} label={label} hint={hint} error={error} required={rest.required} className={className}>
      <div className="tk-input-row">
        <input
          inputMode="decimal"
          {...rest}
          id={controlId}
          type="number"
          className="tk-input tk-input--number"
          {...fieldAria(controlId, { hint, error }, rest, { before: unit ? unitId : undefined })}
        />
        {unit && <span id={unitId}>{unit}</span>}
      </div>
    </LabelledField>
  );
}
