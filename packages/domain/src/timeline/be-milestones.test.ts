import { BE_CASE_RULES, type CaseSpan } from '../absence/absence-case';
import { incapacitySpan } from '../absence/incapacity-span';
import { computeMilestones, type MilestoneInput } from './compute-milestones';
import type { Milestone, MilestoneKey } from './milestone';

const jan5: CaseSpan = { firstSickDay: '2026-01-05', gaps: [], recoveryDate: null };

function be(overrides: Partial<MilestoneInput> = {}): Milestone[] {
  return computeMilestones({ jurisdiction: 'BE', sickCase: jan5, today: '2026-01-05', ...overrides });
}

function summary(milestones: Milestone[]): [MilestoneKey, string][] {
  return milestones.map((m) => [m.key, m.dueDate]);
}

describe('BE milestones', () => {
  it('before any request: only the case-driven dates', () => {
    expect(be().map((m) => [m.key, m.dueDate, m.warnOn, m.nature])).toEqual([
      // Art. I.4-4 §3 Codex: 4 weeks of incapacity reached on D+28, Monday 2 February.
      ['PREVENTION_SERVICE_NOTICE', '2026-02-02', null, 'DEADLINE'],
      // 3 months = Easter Sunday 5 April; Good Friday is a working day in Belgium.
      ['REINTEGRATION_ELIGIBLE', '2026-04-05', '2026-04-03', 'EARLIEST_DATE'],
      ['MEDICAL_FORCE_MAJEURE_ELIGIBLE', '2026-10-05', null, 'EARLIEST_DATE'],
    ]);
  });

  it('after a request on 10 April the decision is due 49 calendar days later (29 May)', () => {
    const milestones = be({ reintegrationRequestDate: '2026-04-10', today: '2026-05-25' });
    expect(milestones.find((m) => m.key === 'ASSESSMENT_DECISION')).toMatchObject({ dueDate: '2026-05-29', status: 'DUE_SOON' });
    expect(milestones.some((m) => m.key === 'REINTEGRATION_PLAN')).toBe(false);
  });

  it.each<[string, Partial<MilestoneInput>, [MilestoneKey, string][]]>([
    ['decision A on 20 May: plan within 63 days (22 July), no appeal', { assessmentOutcome: 'A' }, [['REINTEGRATION_PLAN', '2026-07-22']]],
    [
      'decision B on 20 May: appeal until 10 June (21 days), plan within 6 months (20 Nov)',
      { assessmentOutcome: 'B' },
      [
        ['APPEAL', '2026-06-10'],
        ['REINTEGRATION_PLAN', '2026-11-20'],
      ],
    ],
    ['decision C on 20 May: no plan and no appeal', { assessmentOutcome: 'C' }, []],
    [
      'decision A, plan delivered 1 July: the employee answers within 14 days (15 July)',
      { assessmentOutcome: 'A', fulfilled: { ASSESSMENT_DECISION: '2026-05-20', REINTEGRATION_PLAN: '2026-07-01' } },
      [
        ['PLAN_RESPONSE', '2026-07-15'],
        ['REINTEGRATION_PLAN', '2026-07-22'],
      ],
    ],
  ])('%s', (_, overrides, expected) => {
    const milestones = be({ reintegrationRequestDate: '2026-04-10', fulfilled: { ASSESSMENT_DECISION: '2026-05-20' }, ...overrides });
    const afterDecision = milestones.filter(
      (m) => m.dueDate > '2026-05-29' && m.kind !== 'MEDICAL_FORCE_MAJEURE_ELIGIBLE' && m.kind !== 'NEW_TRAJECTORY_ELIGIBLE',
    );
    expect(summary(afterDecision)).toEqual(expected);
    expect(milestones.find((m) => m.key === 'ASSESSMENT_DECISION')).toMatchObject({ status: 'DONE', onTime: true });
  });

  it.each([
    ['2026-06-10', 'DUE_SOON'], // last day to appeal
    ['2026-06-11', 'EXPIRED'], // the right has lapsed: not an overdue duty
  ])('the appeal against decision B on %s is %s', (today, status) => {
    const appeal = be({
      today,
      reintegrationRequestDate: '2026-04-10',
      fulfilled: { ASSESSMENT_DECISION: '2026-05-20' },
      assessmentOutcome: 'B',
    }).find((m) => m.key === 'APPEAL');
    expect(appeal?.status).toBe(status);
  });

  it.each([
    ['2026-04-04', 'DUE_SOON'],
    ['2026-04-05', 'OPEN'], // the employer may start a trajectory from the date itself
  ])('re-integration eligibility on %s is %s', (today, status) => {
    expect(be({ today }).find((m) => m.key === 'REINTEGRATION_ELIGIBLE')?.status).toBe(status);
  });

  it('counts a trajectory started early by the employer as premature', () => {
    const eligible = be({ fulfilled: { REINTEGRATION_ELIGIBLE: '2026-03-20' } }).find((m) => m.key === 'REINTEGRATION_ELIGIBLE');
    expect(eligible).toMatchObject({ status: 'DONE', onTime: false });
  });

  it.each<[string, Partial<MilestoneInput>, Partial<Milestone>]>([
    // Art. I.4-73 Codex: the employee may ask at any time, so an early start is lawful.
    [
      'asked by the employee on 20 March',
      { reintegrationRequestDate: '2026-03-20', reintegrationRequestedBy: 'EMPLOYEE' },
      { dueDate: '2026-04-05', fulfilledOn: '2026-03-20', status: 'DONE', onTime: true },
    ],
    [
      'asked by the employer on 20 March, without a certificate',
      { reintegrationRequestDate: '2026-03-20', reintegrationRequestedBy: 'EMPLOYER' },
      { dueDate: '2026-04-05', status: 'DONE', onTime: false },
    ],
    [
      'asked by the employer on 20 March with a certificate of definitive unfitness of 10 March',
      { reintegrationRequestDate: '2026-03-20', reintegrationRequestedBy: 'EMPLOYER', unfitnessCertificateDate: '2026-03-10' },
      { dueDate: '2026-03-10', status: 'DONE', onTime: true },
    ],
  ])('re-integration %s', (_, overrides, expected) => {
    expect(be({ today: '2026-03-25', ...overrides }).find((m) => m.key === 'REINTEGRATION_ELIGIBLE')).toMatchObject(expected);
  });

  it('a new trajectory may be asked 12 months after the previous request', () => {
    expect(be({ reintegrationRequestDate: '2026-04-10' }).find((m) => m.key === 'NEW_TRAJECTORY_ELIGIBLE')).toMatchObject({
      dueDate: '2027-04-10',
      nature: 'EARLIEST_DATE',
    });
  });

  it('after a 20-day progressive return the 3 and 9 months count from the renewed incapacity', () => {
    // Sick 25 January, back at 50 % 1–20 February, fully unfit again from 21 February (art. 34 AOW, art. I.4-73 §1 Codex).
    const sickCase = incapacitySpan(
      [
        {
          id: 'r1',
          firstSickDay: '2026-01-25',
          intervals: [
            { from: '2026-01-25', percentage: 100, therapeutic: false },
            { from: '2026-02-01', percentage: 50, therapeutic: false },
            { from: '2026-02-21', percentage: 100, therapeutic: false },
          ],
          recoveryDate: null,
        },
      ],
      BE_CASE_RULES,
    );
    if (!sickCase) throw new Error('no span');
    const milestones = be({ sickCase });
    expect(milestones.find((m) => m.key === 'REINTEGRATION_ELIGIBLE')?.dueDate).toBe('2026-05-21');
    expect(milestones.find((m) => m.key === 'MEDICAL_FORCE_MAJEURE_ELIGIBLE')?.dueDate).toBe('2026-11-21');
  });
});
