/** Aggregates over fewer people than this could identify an individual's absence. */
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;

export type SuppressionReason = 'GROUP_TOO_SMALL' | 'COMPLEMENTARY';

export type Suppressible<T, R extends SuppressionReason = SuppressionReason> = { suppressed: true; reason: R } | { suppressed: false; value: T };

export function suppressSmallGroup<T>(value: T, groupSize: number, minimumGroupSize = DEFAULT_MINIMUM_GROUP_SIZE): Suppressible<T, 'GROUP_TOO_SMALL'> {
  if (!Number.isInteger(groupSize) || groupSize < 0) throw new RangeError(`Group size must be a whole number ≥ 0: ${groupSize}`);
  return groupSize < minimumGroupSize ? { suppressed: true, reason: 'GROUP_TOO_SMALL' } : { suppressed: false, value };
}

export interface BreakdownCell<K, T> {
  key: K;
  groupSize: number;
  value: T;
}

export interface SuppressedCell<K, T> {
  key: K;
  result: Suppressible<T>;
}

/**
 * Suppresses the too-small groups of a breakdown. When exactly one group is suppressed while the
 * total is published, it could be recovered as total minus the others, so the smallest remaining
 * group (the first in input order on a tie) is suppressed as well ('COMPLEMENTARY'). Two or more
 * suppressed groups only reveal their sum, which is what this rule accepts.
 */
export function suppressBreakdown<K, T>(cells: BreakdownCell<K, T>[], minimumGroupSize = DEFAULT_MINIMUM_GROUP_SIZE): SuppressedCell<K, T>[] {
  const results: Suppressible<T>[] = cells.map((cell) => suppressSmallGroup(cell.value, cell.groupSize, minimumGroupSize));
  if (results.filter((r) => r.suppressed).length === 1) {
    let complement = -1;
    results.forEach((result, i) => {
      if (!result.suppressed && (complement === -1 || cells[i].groupSize < cells[complement].groupSize)) complement = i;
    });
    if (complement !== -1) results[complement] = { suppressed: true, reason: 'COMPLEMENTARY' };
  }
  return cells.map((cell, i) => ({ key: cell.key, result: results[i] }));
}
