import type { InputReasonCode } from '@terugkeer/domain';
import { interpolate, type Locale } from '@terugkeer/ui';
import { errorMessages } from './error.messages';
import { inputReasonMessages } from './input-reason.messages';

/**
 * Reads the typed errors the services send out of an Apollo error and words them in the
 * reader's language: bad input by its `reasonCode` and `values`, the rest by its
 * `extensions.code`. A form shows each field's reason beside that field and the rest above.
 */
interface TypedGraphQLError {
  message: string;
  extensions?: Record<string, unknown>;
}

type FieldFilter = readonly string[] | ((field: string) => boolean);

function errorsOf(error: unknown): TypedGraphQLError[] {
  if (!error || typeof error !== 'object') return [];
  const { errors } = error as { errors?: unknown };
  return Array.isArray(errors) ? (errors as TypedGraphQLError[]) : [];
}

const isInputReason = (code: unknown): code is InputReasonCode => typeof code === 'string' && Object.hasOwn(inputReasonMessages, code);

function reasonText({ extensions, message }: TypedGraphQLError, locale: Locale): string {
  const code = extensions?.reasonCode;
  if (isInputReason(code)) return interpolate(inputReasonMessages[code][locale], (extensions?.values ?? {}) as Record<string, string | number>);
  return typeof extensions?.reason === 'string' ? extensions.reason : message;
}

const GENERAL: Record<string, keyof typeof errorMessages> = {
  NOT_FOUND: 'notFound',
  FORBIDDEN: 'forbidden',
  UNAUTHENTICATED: 'unauthenticated',
  REQUEST_TOO_LARGE: 'tooLarge',
};

function errorText(error: TypedGraphQLError, locale: Locale): string {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : '';
  if (code === 'BAD_USER_INPUT') return reasonText(error, locale);
  return errorMessages[GENERAL[code] ?? 'unexpected'][locale];
}

/** What went wrong when no GraphQL answer came back: the network, or the server's HTTP status. */
function transportText(error: unknown, locale: Locale): string {
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status !== 'number') return errorMessages.unreachable[locale];
  if (status === 401) return errorMessages.unauthenticated[locale];
  if (status === 413) return errorMessages.tooLarge[locale];
  return errorMessages.unexpected[locale];
}

/** The field path a bad-input error names, e.g. `goals[0].deadline`; null for any other error. */
const fieldOf = ({ extensions }: TypedGraphQLError): string | null =>
  extensions?.code === 'BAD_USER_INPUT' && typeof extensions.field === 'string' ? extensions.field : null;

/** Bad-input reasons keyed by the field path the server named. */
export function fieldErrorsOf(error: unknown, locale: Locale): Record<string, string> {
  const found: Record<string, string> = {};
  for (const each of errorsOf(error)) {
    const field = fieldOf(each);
    if (field !== null) found[field] = reasonText(each, locale);
  }
  return found;
}

/** True when the write was refused because someone else changed the record first. */
export function isConflict(error: unknown): boolean {
  return errorsOf(error).some(({ extensions }) => extensions?.code === 'CONFLICT');
}

/**
 * The errors for an alert above the form: all but a conflict (which asks for its own,
 * calmer message) and the bad input of fields the form shows itself.
 */
export function generalErrorOf(error: unknown, locale: Locale, shownFields: FieldFilter = []): string | null {
  if (!error) return null;
  const errors = errorsOf(error);
  if (errors.length === 0) return transportText(error, locale);
  const shown = typeof shownFields === 'function' ? shownFields : (field: string) => shownFields.includes(field);
  const texts = errors
    .filter((each) => {
      const field = fieldOf(each);
      return each.extensions?.code !== 'CONFLICT' && !(field !== null && shown(field));
    })
    .map((each) => errorText(each, locale));
  return texts.length > 0 ? [...new Set(texts)].join(' ') : null;
}
