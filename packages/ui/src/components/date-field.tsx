import type { ComponentPropsWithRef } from 'react';
import { fieldAria, LabelledField, useFieldIds, type FieldProps } from './field.js';

/** Value, min and max are ISO dates (`YYYY-MM-DD`), as the native date input uses. */
export type DateFieldProps = FieldProps & Omit<ComponentPropsWithRef<'input'>, 'children' | 'type'>;

export function DateField({ label, hint, error, id, className, ...rest }: DateFieldProps) {
  const { controlId } = useFieldIds(id);
  return (
    <LabelledField controlId={controlId} label={label} hint={hint} error={error} required={rest.required} className={className}>
      <input {...rest} id={controlId} type="date" className="tk-input" {...fieldAria(controlId, { hint, error }, rest)} />
    </LabelledField>
  );
}
