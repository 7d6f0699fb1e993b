import { safeError } from './safe-error';
import { stripValues } from './safe-text';

/**
 * Keys whose values are never written to a log, at any depth we look at: request and
 * response bodies, GraphQL variables and documents, SQL parameters, database error detail,
 * credentials, and the personal fields of our own records.
 */
export const NEVER_LOGGED_KEYS = [
  'body',
  'variables',
  'query',
  'parameters',
  'detail',
  'driverError',
  'headers',
  'authorization',
  'cookie',
  'token',
  'password',
  'email',
  'name',
  'text',
] as const;

const NEVER_LOGGED = new Set<string>(NEVER_LOGGED_KEYS);
const MAX_DEPTH = 4;
const MAX_ITEMS = 20;

/**
 * Attributes from code we do not own (Hive Gateway's log lines) made safe to write: errors
 * through the error serializer, the keys above removed, foreign text stripped of values.
 */
export function safeAttributes(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return stripValues(value);
  if (typeof value !== 'object') return undefined;
  if (value instanceof Error || (typeof (value as { message?: unknown }).message === 'string' && 'stack' in value)) return safeError(value);
  if (depth >= MAX_DEPTH) return '[object]';
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => safeAttributes(item, depth + 1));
  const safe: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value).slice(0, MAX_ITEMS)) {
    if (NEVER_LOGGED.has(key)) safe[key] = '[redacted]';
    else safe[key] = safeAttributes(inner, depth + 1);
  }
  return safe;
}
