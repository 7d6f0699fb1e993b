import { useState, type ChangeEvent, type ComponentPropsWithRef } from 'react';
import { cx } from '../class-names.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { FieldError, FieldHint, RequiredMark, describedBy, useFieldIds, type FieldProps } from './field.js';

export interface TextAreaProps extends FieldProps, Omit<ComponentPropsWithRef<'textarea'>, 'children'> {
  /** Shows how many characters are typed (and of how many, with `maxLength`). */
  showCount?: boolean;
}

export function TextArea({ label, hint, error, id, showCount = false, className, onChange, ...rest }: TextAreaProps) {
  const t = useT(uiMessages);
  const { controlId, hintId, errorId } = useFieldIds(id);
  const countId = `${controlId}-count`;
  const [typed, setTyped] = useState(String(rest.defaultValue ?? '').length);
  const count = rest.value === undefined ? typed : String(rest.value).length;

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setTyped(event.target.value.length);
    onChange?.(event);
  };

  return (
    <div className={cx('tk-field', className)}>
      <label className="tk-label" htmlFor={controlId}>
        {label}
        <RequiredMark required={rest.required} />
      </label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <textarea
        {...rest}
        id={controlId}
        className="tk-textarea"
        onChange={handleChange}
        aria-invalid={error ? true : rest['aria-invalid']}
        aria-describedby={describedBy(hint ? hintId : undefined, showCount && countId, error ? errorId : undefined, rest['aria-describedby'])}
      />
      {showCount && (
        <div id={countId} className="tk-hint">
          {rest.maxLength === undefined ? t('characterCount', { count }) : t('characterCountMax', { count, max: rest.maxLength })}
        </div>
      )}
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}
