import type { CaseSpan } from '../absence/absence-case';
import { timeZoneOf, todayIn } from '../calendar/time-zone';
import type { Jurisdiction } from '../case/jurisdiction';
import { computeMilestones } from './compute-milestones';
import type { MilestoneKey, MilestoneStatus } from './milestone';

/** The status of one milestone as the case's organization sees it at `instant`. */
function statusAt(jurisdiction: Jurisdiction, firstSickDay: string, key: MilestoneKey, instant: string): MilestoneStatus | undefined {
  const sickCase: CaseSpan = { firstSickDay, gaps: [], recoveryDate: null };
  const today = todayIn(timeZoneOf(jurisdiction), new Date(instant));
  return computeMilestones({ jurisdiction, sickCase, today }).find((m) => m.key === key)?.status;
}

describe('milestone status around midnight, by the calendar day of the organization', () => {
  it.each<[string, Jurisdiction, string, MilestoneKey, string, MilestoneStatus]>([
    // NL problem analysis due Sunday 15 February 2026 (winter, UTC+1)
    ['winter, 23:30 UTC: Monday in Amsterdam', 'NL', '2026-01-05', 'PROBLEM_ANALYSIS', '2026-02-15T23:30:00Z', 'OVERDUE'],
    ['winter, 22:30 UTC: still Sunday', 'NL', '2026-01-05', 'PROBLEM_ANALYSIS', '2026-02-15T22:30:00Z', 'DUE_SOON'],
    // NL problem analysis due Sunday 12 July 2026 (summer, UTC+2)
    ['summer, 22:30 UTC: Monday in Amsterdam', 'NL', '2026-06-01', 'PROBLEM_ANALYSIS', '2026-07-12T22:30:00Z', 'OVERDUE'],
    ['summer, 23:30 UTC', 'NL', '2026-06-01', 'PROBLEM_ANALYSIS', '2026-07-12T23:30:00Z', 'OVERDUE'],
    ['summer, 21:30 UTC: still Sunday', 'NL', '2026-06-01', 'PROBLEM_ANALYSIS', '2026-07-12T21:30:00Z', 'DUE_SOON'],
    // An earliest date opens at local midnight: end of wage payment on Monday 3 January 2028, the day after 104 weeks
    ['winter, earliest date opens at 23:00 UTC', 'NL', '2026-01-05', 'END_OF_WAGE_PAYMENT', '2028-01-02T23:30:00Z', 'OPEN'],
    ['winter, earliest date not yet open', 'NL', '2026-01-05', 'END_OF_WAGE_PAYMENT', '2028-01-02T22:30:00Z', 'DUE_SOON'],
    // BE: prevention service told by Monday 2 February 2026 (winter); eligible for re-integration from Sunday 5 April (summer)
    ['Brussels, winter, 23:30 UTC', 'BE', '2026-01-05', 'PREVENTION_SERVICE_NOTICE', '2026-02-02T23:30:00Z', 'OVERDUE'],
    ['Brussels, summer, 22:30 UTC', 'BE', '2026-01-05', 'REINTEGRATION_ELIGIBLE', '2026-04-04T22:30:00Z', 'OPEN'],
    ['Brussels, summer, 21:30 UTC', 'BE', '2026-01-05', 'REINTEGRATION_ELIGIBLE', '2026-04-04T21:30:00Z', 'DUE_SOON'],
  ])('%s: %s case sick from %s, %s at %s is %s', (_label, jurisdiction, firstSickDay, key, instant, expected) => {
    expect(statusAt(jurisdiction, firstSickDay, key, instant)).toBe(expected);
  });
});
