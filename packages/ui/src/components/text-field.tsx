import type { ComponentPropsWithRef } from 'react';
import { fieldAria, LabelledField, useFieldIds, type FieldProps } from './field.js';

export interface TextFieldProps extends FieldProps, Omit<ComponentPropsWithRef<'input'>, 'children'> {
  type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'search';
}

export function TextField({ label, hint, error, id, type = 'text', className, ...rest }: TextFieldProps) {
  const { controlId } = useFieldIds(id);
  return (
    <LabelledField controlId={controlId} label={label} hint={hint} error={error} required={rest.required} className={className}>
      <input {...rest} id={controlId} type={type} className="tk-input" {...fieldAria(controlId, { hint, error }, rest)} />
    </LabelledField>
  );
}
