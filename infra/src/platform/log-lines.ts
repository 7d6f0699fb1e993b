/**
 * The services write one JSON object per line (pino). On a terminal a person reads them;
 * these helpers turn such a line into `12:04:31.201 INFO  message key=value …`. Anything
 * that is not one of our JSON lines is shown as it came.
 */

export interface LogEntry {
  time?: string;
  level: string;
  msg?: string;
  [field: string]: unknown;
}

const LEVEL_COLOURS: Record<string, number> = { trace: 90, debug: 90, info: 32, warn: 33, error: 31, fatal: 35 };
const LEVEL_ORDER = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
// Shown elsewhere in the compact form (the prefix names the process) or not worth the width.
const SKIPPED_FIELDS = new Set(['time', 'level', 'msg', 'service']);
const REQUEST_FIELDS = new Set(['method', 'path', 'status', 'durationMs']);

export function parseLogLine(line: string): LogEntry | null {
  if (!line.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as LogEntry).level === 'string' ? (parsed as LogEntry) : null;
  } catch {
    return null;
  }
}

export function atLeast(entry: LogEntry, level: string): boolean {
  return LEVEL_ORDER.indexOf(entry.level) >= LEVEL_ORDER.indexOf(level);
}

/** A request that ended well is routine; everything else is worth a line on a busy terminal. */
export const isRoutineRequest = (entry: LogEntry) => entry.msg === 'request' && !atLeast(entry, 'warn');

export function renderLogEntry(entry: LogEntry, colour: boolean): string {
  const time = localTime(entry.time);
  const level = entry.level.toUpperCase().padEnd(5);
  const paint = (code: number, text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  // A request reads best as `POST /graphql 200 53 ms`.
  const request = entry.msg === 'request' && entry.method !== undefined;
  const message = request ? `${String(entry.method)} ${String(entry.path)} ${String(entry.status)} ${String(entry.durationMs)} ms` : (entry.msg ?? '');
  const shownInMessage = request ? REQUEST_FIELDS : new Set<string>();
  const fields = Object.entries(entry)
    .filter(([key, value]) => !SKIPPED_FIELDS.has(key) && !shownInMessage.has(key) && key !== 'err' && value !== undefined)
    .map(([key, value]) => `${paint(90, `${key}=`)}${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const lines = [[paint(90, time), paint(LEVEL_COLOURS[entry.level] ?? 0, level), message, ...fields].filter(Boolean).join(' ')];
  if (typeof entry.err === 'object' && entry.err !== null) lines.push(...renderError(entry.err as Record<string, unknown>, '  '));
  return lines.join('\n');
}

/** The wall-clock time of this machine, as a developer reads it; the JSON line keeps UTC. */
function localTime(time: unknown): string {
  const at = typeof time === 'string' ? new Date(time) : null;
  if (!at || Number.isNaN(at.getTime())) return '';
  return `${at.toTimeString().slice(0, 8)}.${String(at.getMilliseconds()).padStart(3, '0')}`;
}

function renderError(error: Record<string, unknown>, indent: string): string[] {
  const where = ['code', 'schema', 'table', 'column', 'constraint', 'path'].filter((key) => error[key] !== undefined).map((key) => `${key}=${String(error[key])}`);
  const lines = [`${indent}${String(error.type ?? 'Error')}: ${String(error.message ?? '')}${where.length ? ` (${where.join(' ')})` : ''}`];
  if (typeof error.stack === 'string') lines.push(...error.stack.split('\n').map((frame) => `${indent}${frame.trim() ? `  ${frame.trim()}` : ''}`));
  if (typeof error.cause === 'object' && error.cause !== null) lines.push(`${indent}caused by`, ...renderError(error.cause as Record<string, unknown>, `${indent}  `));
  return lines;
}
