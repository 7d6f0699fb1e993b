import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The kinds of value a variable can hold. Each is a zod schema from the variable's text
 * (never empty: an empty variable counts as unset) to its typed value, failing with a
 * reason that reads after the variable's name. Add `.optional()` or `.default(…)`.
 */
function parsed<T>(reason: string, parse: (text: string) => T | undefined) {
  return z.string().transform((text, context) => {
    const value = parse(text);
    if (value === undefined) {
      context.addIssue({ code: 'custom', message: reason });
      return z.NEVER;
    }
    return value;
  });
}

/** Plain decimal notation only: `0,5`, `1e3`, `0x10` and `Infinity` are mistakes here, not numbers. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

export interface NumberBounds {
  integer?: boolean;
  min?: number;
  max?: number;
}

function rangeReason({ integer, min, max }: NumberBounds): string {
  const kind = integer ? 'a whole number' : 'a number';
  if (min !== undefined && max !== undefined) return `must be ${kind} from ${min} to ${max}`;
  if (min !== undefined) return `must be ${kind} of at least ${min}`;
  if (max !== undefined) return `must be ${kind} of at most ${max}`;
  return `must be ${kind}`;
}

function toNumber(text: string, bounds: NumberBounds): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  if (bounds.integer && !Number.isInteger(value)) return undefined;
  if (bounds.min !== undefined && value < bounds.min) return undefined;
  if (bounds.max !== undefined && value > bounds.max) return undefined;
  return value;
}

export function number(bounds: NumberBounds = {}) {
  return parsed(rangeReason(bounds), (text) => toNumber(text, bounds));
}

export function port() {
  return parsed('must be a port number (a whole number from 1 to 65535)', (text) => toNumber(text, { integer: true, min: 1, max: 65535 }));
}

/** Comma-separated numbers, e.g. `7,1`. */
export function numberList(bounds: NumberBounds = {}) {
  const each = bounds.min !== undefined ? ` of at least ${bounds.min}` : '';
  const reason = `must be comma-separated ${bounds.integer ? 'whole numbers' : 'numbers'}${each}, such as 7,1`;
  return parsed(reason, (text) => {
    const values = text.split(',').map((part) => toNumber(part.trim(), bounds));
    return values.every((value): value is number => value !== undefined) ? values : undefined;
  });
}

function listOfWords(values: readonly string[]): string {
  if (values.length === 1) return values[0];
  if (values.length === 2) return `${values[0]} or ${values[1]}`;
  return `one of ${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return parsed(`must be ${listOfWords(values)}`, (text) => values.find((value): value is Values[number] => value === text));
}

export function boolean() {
  return parsed('must be true or false', (text) => (text === 'true' ? true : text === 'false' ? false : undefined));
}

export function text() {
  return z.string();
}

/** A file or directory; a relative one is taken from the working directory. */
export function path() {
  return z.string().transform((text) => resolve(text));
}

export function secret(minLength: number) {
  return parsed(`must be at least ${minLength} characters long`, (text) => (text.length >= minLength ? text : undefined));
}

const protocolList = (protocols: readonly string[]) => listOfWords(protocols.map((protocol) => `${protocol}//`));

/** An absolute URL with one of these protocols (`localhost:4101/graphql` is not one: its protocol would be `localhost:`). */
export function url(protocols: readonly string[] = ['http:', 'https:']) {
  return parsed(`must be a URL starting with ${protocolList(protocols)}`, (text) =>
    URL.canParse(text) && protocols.includes(new URL(text).protocol) ? text : undefined,
  );
}

/**
 * Comma-separated origins (scheme, host and port; no path, no trailing slash), compared
 * verbatim with a browser's `Origin` header or used in `frame-ancestors`.
 */
export function origins() {
  return parsed('must be comma-separated origins such as https://intranet.example.org (scheme, host and port, nothing after)', (text) => {
    const list = text
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
    const valid = list.every((origin) => URL.canParse(origin) && ['http:', 'https:'].includes(new URL(origin).protocol) && new URL(origin).origin === origin);
    return valid ? list : undefined;
  });
}

/** A path on the same origin: `/auth/callback` (not `//elsewhere.example`, not a full URL). */
export function urlPath() {
  return parsed('must be a path starting with /, such as /auth/callback', (text) => (/^\/(?!\/)\S*$/.test(text) ? text : undefined));
}

export function timeZone() {
  return parsed('must be an IANA time zone such as Europe/Amsterdam', (text) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: text });
      return text;
    } catch {
      return undefined;
    }
  });
}

export function timeOfDay() {
  return parsed('must be a time of day as HH:MM, such as 09:00', (text) => (/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(text) ? text : undefined));
}

/** `noreply@example.org` or `Terugkeer <noreply@example.org>`. */
export function mailbox() {
  return parsed('must be an e-mail address, optionally with a name: Terugkeer <noreply@example.org>', (text) =>
    /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/.test(text) ? text : undefined,
  );
}

/** A JSON value checked against `schema`; `shape` says in the reason what is expected. */
export function json<Schema extends z.ZodType>(schema: Schema, shape: string) {
  return parsed(`must be JSON: ${shape}`, (text): z.infer<Schema> | undefined => {
    try {
      const result = schema.safeParse(JSON.parse(text));
      return result.success ? result.data : undefined;
    } catch {
      return undefined;
    }
  });
}
