import type { ComponentPropsWithRef } from 'react';
import { cx } from '../class-names.js';
import { FieldError, FieldHint, RequiredMark, describedBy, useFieldIds, type FieldProps } from './field.js';

export interface TextFieldProps extends FieldProps, Omit<ComponentPropsWithRef<'input'>, 'children'> {
  type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'search';
}

export function TextField({ label, hint, error, id, type = 'text', className, ...rest }: TextFieldProps) {
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
        type={type}
        className="tk-input"
        aria-invalid={error ? true : rest['aria-invalid']}
        aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined, rest['aria-describedby'])}
      />
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}
