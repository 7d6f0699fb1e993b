import { useId, type ReactNode } from 'react';
import { cx } from '../class-names.js';
import { useT } from '../i18n/use-t.js';
import { uiMessages } from '../ui-messages.js';
import { VisuallyHidden } from './visually-hidden.js';

/** What every form control shows around its input. */
export interface FieldProps {
  /** Visible label; every control has one. */
  label: ReactNode;
  /** Help text below the label, announced with the control. */
  hint?: ReactNode;
  /** Error text; marks the control invalid and is announced with it. */
  error?: ReactNode;
}

export function useFieldIds(id: string | undefined) {
  const generated = useId();
  const controlId = id ?? generated;
  return { controlId, hintId: `${controlId}-hint`, errorId: `${controlId}-error` };
}

/** Joins ids for `aria-describedby`, leaving the attribute off when there are none. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

export function RequiredMark({ required }: { required: boolean | undefined }) {
  const t = useT(uiMessages);
  return required ? <span className="tk-required"> ({t('required')})</span> : null;
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return children ? (
    <div id={id} className="tk-hint">
      {children}
    </div>
  ) : null;
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const t = useT(uiMessages);
  return children ? (
    <div id={id} className="tk-error-text">
      <VisuallyHidden>{t('toneError')} </VisuallyHidden>
      {children}
    </div>
  ) : null;
}

export interface LabelledFieldProps extends FieldProps {
  controlId: string;
  required?: boolean;
  className?: string;
  /** The control, and anything shown right under it (a unit, a character count). */
  children: ReactNode;
}

/** A control with its label, hint and error around it, as every form field shows them. */
export function LabelledField({ controlId, label, hint, error, required, className, children }: LabelledFieldProps) {
  return (
    <div className={cx('tk-field', className)}>
      <label className="tk-label" htmlFor={controlId}>
        {label}
        <RequiredMark required={required} />
      </label>
      <FieldHint id={`${controlId}-hint`}>{hint}</FieldHint>
      {children}
      <FieldError id={`${controlId}-error`}>{error}</FieldError>
    </div>
  );
}

/**
 * The attributes that tie a control to its hint and error: invalid while there is an
 * error, described by the hint (after `before`), then `afterHint`, the error and the caller's own ids.
 */
export function fieldAria(
  controlId: string,
  { hint, error }: Pick<FieldProps, 'hint' | 'error'>,
  own: { 'aria-invalid'?: boolean | 'true' | 'false' | 'grammar' | 'spelling'; 'aria-describedby'?: string },
  extra: { before?: string | false; afterHint?: string | false } = {},
) {
  return {
    'aria-invalid': error ? true : own['aria-invalid'],
    'aria-describedby': describedBy(
      extra.before,
      hint ? `${controlId}-hint` : undefined,
      extra.afterHint,
      error ? `${controlId}-error` : undefined,
      own['aria-describedby'],
    ),
  };
}
