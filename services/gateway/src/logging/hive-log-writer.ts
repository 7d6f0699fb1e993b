import type { Attributes, LogLevel, LogWriter } from '@graphql-hive/gateway-runtime';
import { safeAttributes, stripValues, type Logger } from '@terugkeer/service-kit';

/**
 * Hive Gateway's own log lines, written through our logger. When a subgraph call fails,
 * Hive logs the GraphQL error it made of it, whose extensions hold the subrequest with its
 * body and variables; so its attributes pass through `safeAttributes` and its message
 * through `stripValues` before anything is written.
 */
/** What a subgraph answers a caller it refuses: the caller's business, not an operator's alert. */
const CALLER_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'RATE_LIMITED',
]);

const codeOf = (attrs: Record<string, unknown>): unknown => (attrs.extensions as { code?: unknown } | undefined)?.code;

export class RedactingHiveLogWriter implements LogWriter {
  constructor(private readonly log: Logger) {}

  write(level: LogLevel, attrs: Attributes | null | undefined, msg: string | null | undefined): void {
    // Hive's request id is ours (the header withRequestLog set); the rest is Hive's to describe.
    const { requestId, ...rest } = (Array.isArray(attrs) ? { attributes: attrs } : (attrs ?? {})) as Record<string, unknown>;
    const fields = {
      ...(typeof requestId === 'string' ? { requestId: stripValues(requestId) } : {}),
      ...(Object.keys(rest).length ? { hive: safeAttributes(rest) } : {}),
    };
    // Hive logs a failed subgraph call as the error's fields with no message of its own.
    const message = msg || (typeof rest.message === 'string' ? rest.message : '');
    const refusal = level === 'error' && CALLER_ERROR_CODES.has(codeOf(rest) as string);
    this.log[refusal ? 'debug' : level](fields, stripValues(message));
  }
}
