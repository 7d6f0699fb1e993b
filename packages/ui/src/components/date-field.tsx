import { useEffect, useRef, useState, type ComponentPropsWithRef } from 'react';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { formatDateText, parseDateText } from './date-text.js';
import { fieldAria, LabelledField, useFieldIds, type FieldProps } from './field.js';

export type DateFieldProps = FieldProps &
  Omit<ComponentPropsWithRef<'input'>, 'children' | 'type' | 'value' | 'onChange' | 'min' | 'max'> & {
    /** An ISO date (`YYYY-MM-DD`), or '' for none. */
    value?: string;
    /** Called with the ISO date once the text is a whole date, and with '' while it is not. */
    onChange?: (event: { target: { value: string } }) => void;
    /** ISO dates bounding what may be entered. */
    min?: string;
    max?: string;
  };

/**
 * A date typed as day-month-year (`4-12-2026`) whatever the browser's language: the native
 * date input follows the browser's locale, which shows American month-first dates to many.
 * The form around it keeps working with ISO dates.
 */
export function DateField({ label, hint, error, id, className, value = '', onChange, min, max, onBlur, ...rest }: DateFieldProps) {
  const t = useT(uiMessages);
  const { controlId } = useFieldIds(id);
  const [text, setText] = useState(() => formatDateText(value));
  const [left, setLeft] = useState(false);
  const emitted = useRef(value);

  // A new value from outside (a reset, a loaded record) replaces what is typed; the one this field just gave keeps it.
  useEffect(() => {
    if (value !== emitted.current) setText(formatDateText(value));
    emitted.current = value;
  }, [value]);

  const parsed = parseDateText(text);
  const outOfRange = parsed !== null && ((min !== undefined && parsed < min) || (max !== undefined && parsed > max));
  const rangeError = () =>
    min && max
      ? t('dateRange', { min: formatDateText(min), max: formatDateText(max) })
      : min
        ? t('dateFrom', { min: formatDateText(min) })
        : t('dateUntil', { max: formatDateText(max ?? '') });
  const ownError = left && text.trim() !== '' && !parsed ? t('dateFormat') : outOfRange ? rangeError() : undefined;
  const shownError = ownError ?? error;

  return (
    <LabelledField controlId={controlId} label={label} hint={hint ?? t('dateHint')} error={shownError} required={rest.required} className={className}>
      <input
        {...rest}
        id={controlId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('datePlaceholder')}
        className="tk-input tk-input--date"
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const date = parseDateText(next);
          const inRange = date !== null && !(min !== undefined && date < min) && !(max !== undefined && date > max);
          emitted.current = inRange ? date : '';
          onChange?.({ target: { value: emitted.current } });
        }}
        onBlur={(event) => {
          setLeft(true);
          if (parsed) setText(formatDateText(parsed));
          onBlur?.(event);
        }}
        {...fieldAria(controlId, { hint: hint ?? t('dateHint'), error: shownError }, rest)}
      />
    </LabelledField>
  );
}
