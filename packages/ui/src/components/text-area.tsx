import { useState, type ChangeEvent, type ComponentPropsWithRef } from 'react';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { fieldAria, LabelledField, useFieldIds, type FieldProps } from './field.js';

export interface TextAreaProps extends FieldProps, Omit<ComponentPropsWithRef<'textarea'>, 'children'> {
  /** Shows how many characters are typed (and of how many, with `maxLength`). */
  showCount?: boolean;
}

export function TextArea({ label, hint, error, id, showCount = false, className, onChange, ...rest }: TextAreaProps) {
  const t = useT(uiMessages);
  const { controlId } = useFieldIds(id);
  const countId = `${controlId}-count`;
  const [typed, setTyped] = useState(String(rest.defaultValue ?? '').length);
  const count = rest.value === undefined ? typed : String(rest.value).length;

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setTyped(event.target.value.length);
    onChange?.(event);
  };

  return (
    <LabelledField controlId={controlId} label={label} hint={hint} error={error} required={rest.required} className={className}>
      <textarea
        {...rest}
        id={controlId}
        className="tk-textarea"
        onChange={handleChange}
        {...fieldAria(controlId, { hint, error }, rest, { afterHint: showCount && countId })}
      />
      {showCount && (
        <div id={countId} className="tk-hint">
          {rest.maxLength === undefined ? t('characterCount', { count }) : t('characterCountMax', { count, max: rest.maxLength })}
        </div>
      )}
    </LabelledField>
  );
}
