/**
 * Text from outside our own code (error messages of PostgreSQL, typeorm, GraphQL, fetch,
 * Hive Gateway) can quote what was sent: `invalid input syntax for type uuid: "…"`,
 * `Variable "$input" got invalid value "…"`. These helpers keep the words that say what
 * went wrong and where, and drop the values.
 */

const MAX_TEXT = 500;
const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;]+\.[^\s@"'<>(),;]+/g;
const URL_QUERY = /(\bhttps?:\/\/[^\s?#"']*)[?#][^\s"']*/g;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$.]{0,62}$/;
// A double-quoted word stays when it names a database object or a schema element, not a value.
const NAMES_AN_OBJECT = new Set(['relation', 'constraint', 'column', 'table', 'schema', 'index', 'type', 'function', 'encoding', 'database', 'sequence', 'trigger', 'view', 'operator', 'extension', 'field', 'argument', 'enum', 'Type', 'Field', 'Argument', 'Directive', 'Fragment']);

/** Masks e-mail addresses and URL query strings; for text we wrote ourselves. */
export function scrubText(text: string): string {
  return text.replace(EMAIL, '[e-mail]').replace(URL_QUERY, '$1?[query]');
}

/** A foreign message with every quoted value replaced by `…`, identifiers after `relation`, `column` … kept. */
export function stripValues(message: string): string {
  const stripped = message
    .replace(/(?:\b([A-Za-z]+) )?"((?:[^"\\]|\\.)*)"/g, (whole, word: string | undefined, quoted: string) =>
      word && NAMES_AN_OBJECT.has(word) && IDENTIFIER.test(quoted) ? whole : `${word ? `${word} ` : ''}"…"`,
    )
    .replace(/'((?:[^'\\]|\\.)*)'/g, (whole, quoted: string) => (IDENTIFIER.test(quoted) ? whole : "'…'"))
    .replace(/\(([^()]*)\)=\(([^()]*)\)/g, '($1)=(…)');
  const scrubbed = scrubText(stripped);
  return scrubbed.length > MAX_TEXT ? `${scrubbed.slice(0, MAX_TEXT)}…` : scrubbed;
}

/**
 * A URL path as a route: lower-case route words and uuids stay, anything else (a calendar
 * feed's secret token, an address typed into the URL) becomes `:value`. The query string
 * is never part of it.
 */
export function loggablePath(path: string): string {
  const withoutQuery = path.split(/[?#]/, 1)[0] ?? '';
  const segments = withoutQuery.split('/').map((segment) => (ROUTE_SEGMENT.test(segment) || UUID_SEGMENT.test(segment) ? segment : ':value'));
  const joined = segments.join('/');
  return joined.length > 200 ? `${joined.slice(0, 200)}…` : joined;
}

const ROUTE_SEGMENT = /^(?:\.?[a-z][a-z0-9-]{0,31}(?:\.[a-z0-9]{1,8})?)?$/;
const UUID_SEGMENT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\.[A-Za-z0-9]{1,8})?$/i;
