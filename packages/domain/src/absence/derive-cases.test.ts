import { deriveCases } from './derive-cases';
import type { SickReport } from './sick-report';

function report(id: string, firstSickDay: string, recoveryDate: string | null): SickReport {
  return { id, firstSickDay, intervals: [{ from: firstSickDay, percentage: 100, therapeutic: false }], recoveryDate };
}

// r1 covers 5 January up to 1 February 2026; 2 February is the first fit day.
const r1 = report('r1', '2026-01-05', '2026-02-02');

describe('deriveCases', () => {
  it.each<[string, SickReport, number, string[][], { from: string; to: string; days: number }[]]>([
    [
      'relapse after 10 fit days (2–11 Feb) continues the case',
      report('r2', '2026-02-12', null),
      1,
      [['r1', 'r2']],
      [{ from: '2026-02-02', to: '2026-02-12', days: 10 }],
    ],
    [
      'relapse after 27 fit days (2 Feb–28 Feb) still continues',
      report('r2', '2026-03-01', null),
      1,
      [['r1', 'r2']],
      [{ from: '2026-02-02', to: '2026-03-01', days: 27 }],
    ],
    ['exactly 28 fit days (2 Feb–1 Mar; February 2026 has 28 days) opens a new case', report('r2', '2026-03-02', null), 2, [['r1'], ['r2']], []],
    ['two months later is a new case', report('r2', '2026-04-01', null), 2, [['r1'], ['r2']], []],
    ['sick again on the recovery day itself continues without a gap', report('r2', '2026-02-02', null), 1, [['r1', 'r2']], []],
  ])('%s', (_, second, caseCount, reportIds, gapsOfFirstCase) => {
    const cases = deriveCases([second, r1]); // unsorted on purpose
    expect(cases).toHaveLength(caseCount);
    expect(cases.map((c) => c.reportIds)).toEqual(reportIds);
    expect(cases[0].gaps).toEqual(gapsOfFirstCase);
  });

  it('marks every later report of a case as a relapse and takes the last recovery', () => {
    const r2 = report('r2', '2026-02-12', '2026-03-09');
    const r3 = report('r3', '2026-04-05', '2026-05-04'); // 27 fit days: 9 March–4 April
    const [only] = deriveCases([r1, r2, r3]);
    expect(only).toEqual({
      reportIds: ['r1', 'r2', 'r3'],
      relapseReportIds: ['r2', 'r3'],
      firstSickDay: '2026-01-05',
      recoveryDate: '2026-05-04',
      gaps: [
        { from: '2026-02-02', to: '2026-02-12', days: 10 },
        { from: '2026-03-09', to: '2026-04-05', days: 27 },
      ],
    });
  });

  it('keeps an open report open (still sick) and joins an overlapping report to it', () => {
    const open = report('r1', '2026-01-05', null);
    const overlapping = report('r2', '2026-03-01', '2026-03-10');
    expect(deriveCases([open, overlapping])).toEqual([
      { reportIds: ['r1', 'r2'], relapseReportIds: ['r2'], firstSickDay: '2026-01-05', recoveryDate: null, gaps: [] },
    ]);
  });

  it.each([
    ['2026-02-12', 1], // 10 fit days < 14: continues
    ['2026-02-16', 2], // 14 fit days is not fewer than 14: new case
  ])('with a 14-day continuation rule, a report from %s gives %i case(s)', (firstSickDay, caseCount) => {
    expect(deriveCases([r1, report('r2', firstSickDay, null)], { continuationGapDays: 14 })).toHaveLength(caseCount);
  });

  it('returns no cases without reports', () => {
    expect(deriveCases([])).toEqual([]);
  });
});
