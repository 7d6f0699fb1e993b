/** Control characters (Unicode Cc); free text keeps tab, line feed and carriage return. */
const IN_FREE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const IN_IDENTIFIERS = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * The first control character in a text, as `U+0000`, or null. No input needs one, and a
 * NUL byte cannot even be stored in a PostgreSQL text column. `freeText` allows line breaks
 * and tabs, which a note or a purpose may hold but an id, a date or a code never does.
 */
export function controlCharacterIn(text: string, { freeText }: { freeText: boolean }): string | null {
  const match = (freeText ? IN_FREE_TEXT : IN_IDENTIFIERS).exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}
