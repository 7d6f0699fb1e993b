import type { DurationClass } from './types';

export const DURATION_CLASSES: readonly DurationClass[] = ['1-14', '15-91', '92-365', '366-730', '>730'];

/** Duration class of a report that lasted `days` calendar days (recovery date − first sick day). */
export function durationClass(days: number): DurationClass {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`A report lasts at least one whole day: ${days}`);
  if (days <= 14) return '1-14';
  if (days <= 91) return '15-91';
  if (days <= 365) return '92-365';
  if (days <= 730) return '366-730';
  return '>730';
}

export function emptyDurationClasses(): Record<DurationClass, number> {
  return { '1-14': 0, '15-91': 0, '92-365': 0, '366-730': 0, '>730': 0 };
}
