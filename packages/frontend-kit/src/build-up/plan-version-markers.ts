import type { BarMarker } from '@terugkeer/ui';

/**
 * A marker on the planned bar of every week where another plan version takes over, so a reader
 * sees which weeks are measured against which plan.
 */
export function planVersionMarkers(weeks: ReadonlyArray<{ planVersion: number }>, label: (version: number) => string, series = 'planned'): BarMarker[] {
  return weeks.flatMap((week, i) => (i > 0 && week.planVersion !== weeks[i - 1].planVersion ? [{ category: i, series, label: label(week.planVersion) }] : []));
}
