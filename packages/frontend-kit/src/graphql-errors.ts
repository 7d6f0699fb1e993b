/**
 * Reads the typed errors the subgraphs send (`extensions.code`, and for bad input
 * `extensions.field` with `extensions.reason`) out of an Apollo error, so a form can
 * show each reason beside the field it names.
 */
interface TypedGraphQLError {
  message: string;
  extensions?: Record<string, unknown>;
}

function errorsOf(error: unknown): TypedGraphQLError[] {
  if (!error || typeof error !== 'object') return [];
  const { errors } = error as { errors?: unknown };
  return Array.isArray(errors) ? (errors as TypedGraphQLError[]) : [];
}

/** `BAD_USER_INPUT` reasons keyed by the field path the server named, e.g. `goals[0].deadline`. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  for (const { extensions } of errorsOf(error)) {
    if (extensions?.code === 'BAD_USER_INPUT' && typeof extensions.field === 'string') {
      found[extensions.field] = String(extensions.reason ?? '');
    }
  }
  return found;
}

/** True when the write was refused because someone else changed the record first. */
export function isConflict(error: unknown): boolean {
  return errorsOf(error).some(({ extensions }) => extensions?.code === 'CONFLICT');
}

/**
 * Errors for an alert above the form: everything except a conflict and the bad input of
 * fields the form shows beside the field itself.
 */
export function generalErrorOf(error: unknown, shownFields: readonly string[] | ((field: string) => boolean) = []): string | null {
  if (!error) return null;
  const errors = errorsOf(error);
  if (errors.length === 0) return (error as Error).message ?? String(error);
  const shown = typeof shownFields === 'function' ? shownFields : (field: string) => shownFields.includes(field);
  const general = errors.filter(({ extensions }) => {
    if (extensions?.code === 'CONFLICT') return false;
    return !(extensions?.code === 'BAD_USER_INPUT' && typeof extensions.field === 'string' && shown(extensions.field));
  });
  return general.length > 0 ? general.map((e) => e.message).join(' ') : null;
}
