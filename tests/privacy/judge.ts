import type { Relationship } from './personas';
import { READ_RULES, type DataClass } from './privacy-matrix';

export interface GraphQLErrorLike {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

const DENIAL_CODES = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

const hasContent = (value: unknown): boolean => (Array.isArray(value) ? value.some(hasContent) : value !== null && value !== undefined);

/** The values found at the path below a case: one for a field, one per item for a nested field. */
export function valuesAt(caseValue: Record<string, unknown> | null, path: readonly string[]): unknown[] {
  if (!caseValue) return [];
  const outer = caseValue[path[0]];
  if (path.length === 1) return [outer];
  const items = Array.isArray(outer) ? outer : [outer];
  return items.filter((item) => item && typeof item === 'object').map((item) => (item as Record<string, unknown>)[path[1]]);
}

export interface Verdict {
  ok: boolean;
  reason?: string;
}

/**
 * Allowed: the case is there and no denial error hit the path (and, for a filtered
 * reader, every item passes the filter). Denied: nothing at the path, whatever the form
 * (no case, null, an empty list, or an error in its place).
 */
export function judge(
  dataClass: DataClass,
  relationship: Relationship | null,
  caseValue: Record<string, unknown> | null,
  path: readonly string[],
  errors: GraphQLErrorLike[] = [],
): Verdict {
  const rule = READ_RULES[dataClass];
  const values = valuesAt(caseValue, path);
  const allowed = relationship !== null && rule.readers.includes(relationship);
  if (!allowed) {
    return values.some(hasContent) ? { ok: false, reason: `LEAK: ${JSON.stringify(values).slice(0, 200)}` } : { ok: true };
  }
  if (!caseValue) return { ok: false, reason: 'the case was not visible to a reader' };
  const denial = errors.find((e) => DENIAL_CODES.includes(String(e.extensions?.code)) && path.every((p) => e.path?.includes(p) ?? false));
  if (denial) return { ok: false, reason: `a reader was refused: ${denial.message}` };
  const filter = rule.filtered?.[relationship];
  if (filter) {
    const items = values.flatMap((value) => (Array.isArray(value) ? value : [value])).filter((item) => item && typeof item === 'object');
    const outside = items.find((item) => !filter(item as Record<string, unknown>));
    if (outside) return { ok: false, reason: `LEAK through the filter: ${JSON.stringify(outside).slice(0, 200)}` };
  }
  return { ok: true };
}
