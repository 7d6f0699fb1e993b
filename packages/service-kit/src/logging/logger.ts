import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';
import { currentTraceId } from '../telemetry/trace-id';
import { currentRequestScope } from './request-scope';
import { NEVER_LOGGED_KEYS } from './safe-attributes';
import { safeError } from './safe-error';
import { scrubText } from './safe-text';

export type Logger = PinoLogger;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The one place LOG_LEVEL is read; a value that is no level stops the process rather than logging nothing. */
export function logLevelFromEnvironment(env: NodeJS.ProcessEnv = process.env): LogLevel {
  const value = env.LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(value)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; it is "${env.LOG_LEVEL}".`);
  return value as LogLevel;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where the JSON lines go: standard output unless a command-line tool keeps that for its answer. */
  destination?: DestinationStream | 'stdout' | 'stderr';
}

/** Second net behind the error serializer: these keys are censored at the top and one level down. */
const REDACTED_PATHS = NEVER_LOGGED_KEYS.flatMap((key) => [key, `*.${key}`]);

/**
 * One JSON line per event: time, level, service, message, and while a request is handled its
 * id and operation, and the trace's id when the request is traced. Errors go through `safeError` (class, code, database object, stack; never
 * parameters, detail or bodies), the keys in NEVER_LOGGED_KEYS are censored, and e-mail
 * addresses in messages are masked.
 */
export function createLogger(service: string, options: LoggerOptions = {}): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level ?? logLevelFromEnvironment(),
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: safeError, error: safeError },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin: () => {
      const scope = currentRequestScope();
      const traceId = currentTraceId();
      return {
        ...(scope ? { requestId: scope.requestId, ...(scope.operation ? { operation: scope.operation } : {}) } : {}),
        ...(traceId ? { traceId } : {}),
      };
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
  const destination = options.destination ?? 'stdout';
  return pino(settings, typeof destination === 'string' ? pino.destination({ dest: destination === 'stderr' ? 2 : 1, sync: true }) : destination);
}
