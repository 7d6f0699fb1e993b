/** Why an event could not be applied, fit for a log line and a table: no personal data. */
export interface FailureReason {
  /** `QueryFailedError`, `TypeError` … */
  errorClass: string;
  /** PostgreSQL's SQLSTATE (`22P02`) or Node's system error code (`ECONNREFUSED`), when there is one. */
  errorCode: string | null;
  /** The message with every quoted value, e-mail address and long number left out. */
  message: string;
}

interface ErrorFields {
  code?: unknown;
  message?: unknown;
  schema?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
  dataType?: unknown;
}

/** TypeORM wraps the driver's error; the driver's carries the SQLSTATE and the names of what failed. */
const driverErrorOf = (error: Error): ErrorFields => ((error as { driverError?: ErrorFields }).driverError ?? error) as ErrorFields;

/**
 * PostgreSQL quotes the values it names in a message (`invalid input syntax for type uuid:
 * "…"`) as well as the names of tables and constraints; the names are kept, as the error
 * reports them separately, and every other quoted text goes, with e-mail addresses and
 * long numbers outside quotes.
 */
const QUOTED_OR_PERSONAL = /("(?:[^"]|"")*"|'(?:[^'\\]|\\.)*'|`[^`]*`)|[^\s@"'`]+@[^\s@"'`]+|\d{5,}/g;

function redact(message: string, identifiers: ReadonlySet<string>): string {
  return message
    .replace(QUOTED_OR_PERSONAL, (_, quoted?: string) => {
      if (!quoted) return '…';
      return identifiers.has(quoted.slice(1, -1)) ? quoted : `${quoted[0]}…${quoted[0]}`;
    })
    .slice(0, 500);
}

export function describeFailure(error: unknown): FailureReason {
  if (!(error instanceof Error)) return { errorClass: typeof error, errorCode: null, message: 'A value that is not an Error was thrown.' };
  const fields = driverErrorOf(error);
  const identifiers = new Set(
    [fields.schema, fields.table, fields.column, fields.constraint, fields.dataType].filter((name): name is string => typeof name === 'string'),
  );
  return {
    errorClass: error.constructor.name || error.name,
    errorCode: typeof fields.code === 'string' ? fields.code : null,
    message: redact(typeof fields.message === 'string' ? fields.message : error.message, identifiers),
  };
}

// SQLSTATE classes of faults that pass: connection lost, deadlock or serialization,
// too little memory or disk, the server shutting down or cancelling, an I/O error.
const PASSING_SQLSTATE = /^(08|40|53|57|58)|^55P03$/;
const PASSING_SYSTEM_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// What `pg` and its pool say, without a code, when the connection goes away underneath them.
const PASSING_CLIENT_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable/i;

/**
 * Whether trying the same event again later may succeed. Anything else (bad data, a bug)
 * fails the same way every time, so retrying only delays the alert.
 */
export function isPassingFault(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = driverErrorOf(error);
  if (typeof code === 'string' && (PASSING_SQLSTATE.test(code) || PASSING_SYSTEM_ERRORS.has(code))) return true;
  return PASSING_CLIENT_MESSAGES.test(error.message);
}
