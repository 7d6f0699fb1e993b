import type { GraphQLError } from 'graphql';
import { requirePastOrToday, todayOfCase } from './case-day';

const NL = { jurisdiction: 'NL' } as const;
const BE = { jurisdiction: 'BE' } as const;

function reasonOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as GraphQLError).extensions.reasonCode;
  }
  return null;
}

describe('the day of a case', () => {
  it.each([
    { label: 'NL, winter, 23:30 UTC', found: NL, now: '2026-01-15T23:30:00Z', today: '2026-01-16' },
    { label: 'NL, summer, 22:30 UTC', found: NL, now: '2026-07-15T22:30:00Z', today: '2026-07-16' },
    { label: 'NL, summer, 21:30 UTC', found: NL, now: '2026-07-15T21:30:00Z', today: '2026-07-15' },
    { label: 'BE, winter, 23:30 UTC', found: BE, now: '2026-01-15T23:30:00Z', today: '2026-01-16' },
    { label: 'BE, summer, 22:30 UTC', found: BE, now: '2026-07-15T22:30:00Z', today: '2026-07-16' },
  ])('$label: a check-in is dated $today', ({ found, now, today }) => {
    expect(todayOfCase(found, new Date(now))).toBe(today);
  });

  it.each([
    // evaluation held, problem analysis recorded, legal step taken: "today" where the case is
    { label: 'NL, winter, the local day just begun', found: NL, day: '2026-01-16', now: '2026-01-15T23:30:00Z', reason: null },
    { label: 'NL, winter, the day after', found: NL, day: '2026-01-17', now: '2026-01-15T23:30:00Z', reason: 'IN_FUTURE' },
    { label: 'BE, summer, the local day just begun', found: BE, day: '2026-07-16', now: '2026-07-15T22:30:00Z', reason: null },
    { label: 'BE, summer, still the evening before', found: BE, day: '2026-07-16', now: '2026-07-15T21:30:00Z', reason: 'IN_FUTURE' },
    { label: 'not a date', found: NL, day: '16-01-2026', now: '2026-01-15T23:30:00Z', reason: 'NOT_A_DATE' },
  ])('$label: $day at $now is refused with $reason', ({ found, day, now, reason }) => {
    expect(reasonOf(() => requirePastOrToday('heldOn', day, found, new Date(now)))).toBe(reason);
  });
});
