/**
 * A value the code has every reason to expect (a row it has just written, a key it has just
 * put in a map): returned as it is, or an error that names what is missing. Where absence
 * is a case the caller must handle, check for it instead.
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Missing ${what}.`);
  return value;
}
