import type { Jurisdiction, MilestoneKey } from '@terugkeer/domain';
import { milestonesOf, type TimelineFacts } from './timeline-facts';

function factsOf(jurisdiction: Jurisdiction, firstSickDay: string): TimelineFacts {
  return {
    caseId: 'c',
    employeeId: 'e',
    organizationId: 'o',
    jurisdiction,
    firstSickDay,
    span: { firstSickDay, gaps: [], recoveryDate: null },
    fulfilled: {},
    reintegrationRequestDate: null,
    assessmentOutcome: null,
  };
}

const statusOf = (facts: TimelineFacts, key: MilestoneKey, now: string) => milestonesOf(facts, new Date(now)).find((m) => m.key === key)?.status;

describe('milestonesOf, on the calendar day of the case', () => {
  it.each([
    // problem analysis due Sunday 15 February 2026 (winter) and Sunday 12 July 2026 (summer)
    { label: 'NL, winter, 23:30 UTC', facts: factsOf('NL', '2026-01-05'), key: 'PROBLEM_ANALYSIS', now: '2026-02-15T23:30:00Z', status: 'OVERDUE' },
    { label: 'NL, winter, 22:30 UTC', facts: factsOf('NL', '2026-01-05'), key: 'PROBLEM_ANALYSIS', now: '2026-02-15T22:30:00Z', status: 'DUE_SOON' },
    { label: 'NL, summer, 23:30 UTC', facts: factsOf('NL', '2026-06-01'), key: 'PROBLEM_ANALYSIS', now: '2026-07-12T23:30:00Z', status: 'OVERDUE' },
    { label: 'NL, summer, 22:30 UTC', facts: factsOf('NL', '2026-06-01'), key: 'PROBLEM_ANALYSIS', now: '2026-07-12T22:30:00Z', status: 'OVERDUE' },
    { label: 'NL, summer, 21:30 UTC', facts: factsOf('NL', '2026-06-01'), key: 'PROBLEM_ANALYSIS', now: '2026-07-12T21:30:00Z', status: 'DUE_SOON' },
    // BE: the employer tells the prevention service of 4 weeks' incapacity by Monday 2 February 2026
    { label: 'BE, winter, 23:30 UTC', facts: factsOf('BE', '2026-01-05'), key: 'PREVENTION_SERVICE_NOTICE', now: '2026-02-02T23:30:00Z', status: 'OVERDUE' },
  ] as const)('$label: $key is $status', ({ facts, key, now, status }) => {
    expect(statusOf(facts, key, now)).toBe(status);
  });
});
