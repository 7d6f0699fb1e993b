import { useId, type ReactNode } from 'react';
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
