import { stripValues } from './safe-text';

/**
 * What an operator needs of an error, and nothing that can hold personal data: typeorm's
 * QueryFailedError carries the statement's `parameters` (note texts, e-mail addresses) and
 * PostgreSQL's `detail` (`Key (email)=(…) already exists`); a failed subgraph call carries
 * the request body with its variables. Those fields are never read.
 */
export interface SafeError {
  /** The error's class, e.g. QueryFailedError, TypeError, GraphQLError. */
  type: string;
  message: string;
  /** PostgreSQL's SQLSTATE (23505), Node's (ECONNREFUSED) or a GraphQL error's extensions.code. */
  code?: string;
  /** Which database object: constraint, table, column, schema. */
  constraint?: string;
  table?: string;
  column?: string;
  schema?: string;
  /** A GraphQL error's response path, e.g. `case.medicalNotes`. */
  path?: string;
  /** The stack's `at …` lines; its first line would repeat the message with its values. */
  stack?: string;
  cause?: SafeError;
  errors?: SafeError[];
}

const MAX_DEPTH = 3;
const MAX_FRAMES = 12;
const CODE = /^[A-Za-z0-9_]{1,40}$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/;

type ErrorLike = Record<string, unknown> & { message?: unknown };

export function safeError(error: unknown): SafeError {
  return serialize(error, 0);
}

function serialize(error: unknown, depth: number): SafeError {
  if (!isErrorLike(error)) return { type: typeof error === 'string' ? 'string' : typeof error, message: typeof error === 'string' ? stripValues(error) : '' };
  const driver = isErrorLike(error.driverError) ? error.driverError : undefined;
  const extensions = isRecord(error.extensions) ? error.extensions : undefined;
  const type = errorType(error);
  const message = stripValues(typeof error.message === 'string' ? error.message : '');
  const safe: SafeError = { type, message };
  const code = pick(CODE, error.code, driver?.code, extensions?.code);
  if (code) safe.code = code;
  for (const field of ['constraint', 'table', 'column', 'schema'] as const) {
    const value = pick(NAME, error[field], driver?.[field]);
    if (value) safe[field] = value;
  }
  const path = responsePath(error.path);
  if (path) safe.path = path;
  const stack = frames(error.stack);
  if (stack) safe.stack = stack;
  if (depth < MAX_DEPTH) {
    const cause = error.cause ?? error.originalError;
    if (cause !== undefined && cause !== error) safe.cause = serialize(cause, depth + 1);
    if (Array.isArray(error.errors)) safe.errors = error.errors.slice(0, 5).map((inner) => serialize(inner, depth + 1));
  }
  return safe;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isErrorLike(value: unknown): value is ErrorLike {
  return value instanceof Error || (isRecord(value) && typeof value.message === 'string');
}

function errorType(error: ErrorLike): string {
  const candidates = [error.constructor?.name, error.name, error.class];
  const named = candidates.find((name): name is string => typeof name === 'string' && NAME.test(name) && name !== 'Object');
  return named ?? 'Error';
}

function pick(shape: RegExp, ...values: unknown[]): string | undefined {
  const found = values.find((value) => (typeof value === 'string' || typeof value === 'number') && shape.test(String(value)));
  return found === undefined ? undefined : String(found);
}

function responsePath(path: unknown): string | undefined {
  if (!Array.isArray(path) || !path.every((key) => typeof key === 'number' || (typeof key === 'string' && NAME.test(key)))) return undefined;
  return path.join('.') || undefined;
}

/** Only the `at …` lines: source locations, never data. */
function frames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return lines.length ? lines.slice(0, MAX_FRAMES).join('\n') : undefined;
}
