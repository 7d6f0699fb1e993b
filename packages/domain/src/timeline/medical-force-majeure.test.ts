import type { CaseSpan } from '../absence/absence-case';
import { canStartMedicalForceMajeure, type ForceMajeureCheck } from './medical-force-majeure';

const jan5: CaseSpan = { firstSickDay: '2026-01-05', gaps: [], recoveryDate: null };
const withGap: CaseSpan = { ...jan5, gaps: [{ from: '2026-02-01', to: '2026-02-11', days: 10 }] };

describe('canStartMedicalForceMajeure', () => {
  it.each<[string, CaseSpan, string, boolean, ForceMajeureCheck]>([
    ['one day before 9 months', jan5, '2026-10-04', false, { allowed: false, reason: 'TOO_EARLY', earliestDate: '2026-10-05' }],
    ['on the day 9 months are reached', jan5, '2026-10-05', false, { allowed: true, reason: 'ALLOWED', earliestDate: '2026-10-05' }],
    ['after 9 months but with a trajectory running', jan5, '2026-11-01', true, { allowed: false, reason: 'TRAJECTORY_RUNNING', earliestDate: '2026-10-05' }],
    ['a 10-day fit gap pushes the 9 months to 15 October', withGap, '2026-10-10', false, { allowed: false, reason: 'TOO_EARLY', earliestDate: '2026-10-15' }],
    ['recovered in August', { ...jan5, recoveryDate: '2026-08-01' }, '2026-10-10', false, { allowed: false, reason: 'RECOVERED', earliestDate: '2026-10-05' }],
  ])('%s', (_, sickCase, today, trajectoryRunning, expected) => {
    expect(canStartMedicalForceMajeure({ sickCase, today, trajectoryRunning })).toEqual(expected);
  });
});
