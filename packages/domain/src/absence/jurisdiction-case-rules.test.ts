import { BE_CASE_RULES, NL_CASE_RULES } from './absence-case';
import { deriveCases } from './derive-cases';
import { incapacitySpan } from './incapacity-span';
import type { AbsenceInterval, SickReport } from './sick-report';

function report(id: string, firstSickDay: string, recoveryDate: string | null, extra: Partial<SickReport> = {}): SickReport {
  return { id, firstSickDay, intervals: [{ from: firstSickDay, percentage: 100, therapeutic: false }], recoveryDate, ...extra };
}

const full = (from: string): AbsenceInterval => ({ from, percentage: 100, therapeutic: false });
const half = (from: string, therapeutic = false): AbsenceInterval => ({ from, percentage: 50, therapeutic });

// Sick from Sunday 25 January 2026; 1 February is the first day back at work.
const r1 = report('r1', '2026-01-25', '2026-02-01');

describe('case grouping per jurisdiction', () => {
  it.each([
    // BE, art. 34 AOW / art. I.4-73 §1 Codex: unfit again on day 14 of the return (13 fit days, 1–13 Feb) → not interrupted.
    ['BE: unfit again on the 14th day back continues, fit days deemed sick', BE_CASE_RULES, '2026-02-14', [['r1', 'r2']], []],
    // BE: 14 fit days (1–14 Feb), unfit on the 15th day back → the incapacity was interrupted: a new case.
    ['BE: unfit again on the 15th day back opens a new case', BE_CASE_RULES, '2026-02-15', [['r1'], ['r2']], []],
    // NL, art. 7:629 lid 10 BW: 20 fit days (1–20 Feb) < 28 → one case, the 20 days subtracted.
    ['NL: 20 fit days continue the case, subtracted', NL_CASE_RULES, '2026-02-21', [['r1', 'r2']], [{ from: '2026-02-01', to: '2026-02-21', days: 20 }]],
    // BE: the same 20 fit days interrupt.
    ['BE: 20 fit days open a new case', BE_CASE_RULES, '2026-02-21', [['r1'], ['r2']], []],
  ])('%s', (_, rules, secondStart, reportIds, gaps) => {
    const cases = deriveCases([r1, report('r2', secondStart, null)], rules);
    expect(cases.map((c) => c.reportIds)).toEqual(reportIds);
    expect(cases[0].gaps).toEqual(gaps);
  });

  it.each([
    // NL, art. 29a Ziektewet: pregnancy-related sickness before (until 1 Feb) and after the leave: 16 weeks + 27 days = 139 fit days still continue.
    ['2026-06-20', 1], // 1 Feb + 139 days
    ['2026-06-21', 2], // 140 fit days: 112 leave days + 28 → a new case
  ])('NL: pregnancy-related reports around the maternity leave, second from %s → %i case(s)', (secondStart, count) => {
    const before = report('p1', '2026-01-25', '2026-02-01', { safetyNetGround: 'PREGNANCY' });
    const after = report('p2', secondStart, null, { safetyNetGround: 'PREGNANCY' });
    expect(deriveCases([before, after], NL_CASE_RULES)).toHaveLength(count);
    // Without the pregnancy flag on both, the ordinary 28-day rule holds.
    expect(deriveCases([before, { ...after, safetyNetGround: null }], NL_CASE_RULES)).toHaveLength(2);
  });
});

describe('incapacitySpan', () => {
  // Sick from 25 January; progressive return at 50 % from 1 to 20 February (20 days); fully unfit again from 21 February.
  const progressive = report('r1', '2026-01-25', null, { intervals: [full('2026-01-25'), half('2026-02-01'), full('2026-02-21')] });

  it.each([
    // NL: partial work is still sickness: counting runs from 25 January.
    ['NL counts from the first sick day', NL_CASE_RULES, progressive, { firstSickDay: '2026-01-25', gaps: [], recoveryDate: null }],
    // BE: the 20-day progressive return interrupted the incapacity: counting restarts on 21 February (3 months → 21 May, 9 months → 21 November).
    ['BE restarts after a progressive return of 20 days', BE_CASE_RULES, progressive, { firstSickDay: '2026-02-21', gaps: [], recoveryDate: null }],
    [
      'BE keeps counting when unfit again on the 14th day of a progressive return (1–13 Feb at 50 %)',
      BE_CASE_RULES,
      report('r1', '2026-01-25', null, { intervals: [full('2026-01-25'), half('2026-02-01'), full('2026-02-14')] }),
      { firstSickDay: '2026-01-25', gaps: [], recoveryDate: null },
    ],
    [
      'BE: still back at work part-time: the incapacity ended on the first day back',
      BE_CASE_RULES,
      report('r1', '2026-01-25', null, { intervals: [full('2026-01-25'), half('2026-02-01')] }),
      { firstSickDay: '2026-01-25', gaps: [], recoveryDate: '2026-02-01' },
    ],
    [
      'BE: therapeutic part-time work is not a return',
      BE_CASE_RULES,
      report('r1', '2026-01-25', null, { intervals: [full('2026-01-25'), half('2026-02-01', true)] }),
      { firstSickDay: '2026-01-25', gaps: [], recoveryDate: null },
    ],
    [
      'BE: fit 10 days (1–10 Feb) then part-time back from 11 Feb for 10 days: one return of 20 days, restart on 21 Feb',
      BE_CASE_RULES,
      [r1, report('r2', '2026-02-11', null, { intervals: [half('2026-02-11'), full('2026-02-21')] })],
      { firstSickDay: '2026-02-21', gaps: [], recoveryDate: null },
    ],
  ])('%s', (_, rules, reports, span) => {
    expect(incapacitySpan(Array.isArray(reports) ? reports : [reports], rules)).toEqual(span);
  });
});
