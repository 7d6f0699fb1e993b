import { Alert, useLocale } from '@terugkeer/ui';
import { useMemo, type ReactNode } from 'react';
import { errorMessages } from './error.messages';
import { fieldErrorsOf, generalErrorOf, isConflict } from './graphql-errors';

type ShownFields = Parameters<typeof generalErrorOf>[2];

/** Bad-input reasons per field, in the reader's language; the rest is for `ErrorAlert`. */
export function useErrorText() {
  const { locale } = useLocale();
  return useMemo(() => ({ fieldErrors: (error: unknown) => fieldErrorsOf(error, locale) }), [locale]);
}

export interface ErrorAlertProps {
  error: unknown;
  /** Fields whose bad input the form shows beside the field itself. */
  shownFields?: ShownFields;
  /** What to say when someone else changed the record first; a general sentence when absent. */
  conflict?: ReactNode;
}

/**
 * Says above a form what went wrong, in the reader's language: a concurrent change as a
 * warning, everything not shown beside a field as an error, nothing when all is said.
 */
export function ErrorAlert({ error, shownFields, conflict }: ErrorAlertProps) {
  const { locale } = useLocale();
  const general = generalErrorOf(error, locale, shownFields);
  return (
    <>
      {isConflict(error) && <Alert tone="warning">{conflict ?? errorMessages.conflict[locale]}</Alert>}
      {general && <Alert tone="error">{general}</Alert>}
    </>
  );
}
