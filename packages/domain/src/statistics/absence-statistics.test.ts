import { absenceStatistics } from './absence-statistics';
import type { EmploymentPeriod, Period, SickReportFact, StatisticsInput } from './types';

const job = (personId: string, from: string, to: string | null, hoursPerWeek: number): EmploymentPeriod => ({
  personId,
  from,
  to,
  hoursPerWeek,
});

/** Steps are `[from, percentage, therapeutic?]`; the first step starts on the first sick day. */
const report = (personId: string, reportId: string, recoveryDate: string | null, steps: [string, number, boolean?][]): SickReportFact => ({
  personId,
  reportId,
  firstSickDay: steps[0][0],
  recoveryDate,
  intervals: steps.map(([from, percentage, therapeutic = false]) => ({ from, percentage, therapeutic })),
});

interface Expected {
  /** [numerator, denominator, percentage] */
  absence: [number, number, number | null];
  /** [new reports, employment days, annualised frequency] */
  frequency: [number, number, number | null];
  /** [total days, ended reports, average] */
  duration: [number, number, number | null];
  /** [persons without sick day, persons employed, percentage] */
  zero: [number, number, number | null];
}

const close = (value: number | null) => (value === null ? null : expect.closeTo(value, 9));

const scenarios: [string, StatisticsInput, Period, Expected][] = [
  [
    'a full-timer and a half-timer with partial absence',
    {
      employment: [job('anna', '2020-01-01', null, 40), job('bram', '2020-01-01', null, 20)],
      reports: [
        report('anna', 'a1', '2025-03-13', [['2025-03-03', 100]]),
        report('bram', 'b1', '2025-03-24', [
          ['2025-03-10', 100],
          ['2025-03-17', 50],
        ]),
      ],
    },
    { from: '2025-03-01', to: '2025-03-31' }, // 31 days
    {
      // anna: 10 days (3..12) × factor 1 × 1 = 10; bram: 0.5 × (7 days × 1 + 7 days × 0.5) = 5.25; 10 + 5.25 = 15.25
      // denominator: anna 31 × 1 + bram 31 × 0.5 = 46.5; 100 × 15.25 ÷ 46.5 = 32.7956989…
      absence: [15.25, 46.5, 1525 / 46.5],
      // 2 reports; headcount 62 ÷ 31 = 2; 2 ÷ 2 × 365 ÷ 31 = 11.7741935…
      frequency: [2, 62, 365 / 31],
      // anna 03-03→03-13 = 10 days, bram 03-10→03-24 = 14 days; (10 + 14) ÷ 2 = 12
      duration: [24, 2, 12],
      // both had a sick day: 0 ÷ 2
      zero: [0, 2, 0],
    },
  ],
  [
    'a hire and a leaver mid-period, the leaver still sick when leaving',
    {
      employment: [job('carla', '2025-04-16', null, 40), job('daan', '2024-01-01', '2025-04-10', 32)],
      reports: [report('daan', 'd1', null, [['2025-04-07', 100]])],
    },
    { from: '2025-04-01', to: '2025-04-30' }, // 30 days
    {
      // daan factor 32 ÷ 40 = 0.8, sick on employment days 7..10 = 4 days; 0.8 × 4 = 3.2
      // denominator: carla 15 days (16..30) × 1 + daan 10 days (1..10) × 0.8 = 23; 100 × 3.2 ÷ 23 = 13.9130434…
      absence: [3.2, 23, 320 / 23],
      // headcount (15 + 10) ÷ 30 = 0.8333…; 1 ÷ (25 ÷ 30) × 365 ÷ 30 = 365 ÷ 25 = 14.6
      frequency: [1, 25, 14.6],
      duration: [0, 0, null],
      // carla never sick: 1 ÷ 2 = 50 %
      zero: [1, 2, 50],
    },
  ],
  [
    'a report spanning the period start',
    {
      employment: [job('eva', '2020-01-01', null, 40)],
      reports: [report('eva', 'e1', '2025-05-06', [['2025-04-21', 100]])],
    },
    { from: '2025-05-01', to: '2025-05-31' }, // 31 days
    {
      // only May 1..5 count: 5 ÷ 31 = 16.1290322…
      absence: [5, 31, 500 / 31],
      // first sick day lies before the period: no new report
      frequency: [0, 31, 0],
      // whole duration counts: 04-21→05-06 = 10 (21..30 April) + 5 = 15 days
      duration: [15, 1, 15],
      zero: [0, 1, 0],
    },
  ],
  [
    'a relapse (two reports) and a change of percentage (not a new report)',
    {
      employment: [job('finn', '2020-01-01', null, 40)],
      reports: [
        report('finn', 'f1', '2025-06-09', [['2025-06-02', 100]]),
        report('finn', 'f2', '2025-06-20', [
          ['2025-06-16', 100],
          ['2025-06-18', 50],
        ]),
      ],
    },
    { from: '2025-06-01', to: '2025-06-30' }, // 30 days
    {
      // f1: 7 days (2..8) × 1; f2: 2 days (16, 17) × 1 + 2 days (18, 19) × 0.5 = 3; 7 + 3 = 10; 100 × 10 ÷ 30
      absence: [10, 30, 100 / 3],
      // 2 reports ÷ headcount 1 × 365 ÷ 30 = 24.3333…
      frequency: [2, 30, (2 * 365) / 30],
      // f1 7 days, f2 06-16→06-20 = 4 days; 11 ÷ 2 = 5.5
      duration: [11, 2, 5.5],
      zero: [0, 1, 0],
    },
  ],
  [
    'a leap year: February 2024 has 29 days, 2024 has 366',
    {
      employment: [job('gina', '2020-01-01', null, 40)],
      reports: [report('gina', 'g1', null, [['2024-02-26', 100]])],
    },
    { from: '2024-02-01', to: '2024-02-29' }, // 29 days
    {
      // 26, 27, 28, 29 = 4 days; 100 × 4 ÷ 29 = 13.7931034…
      absence: [4, 29, 400 / 29],
      // 1 ÷ 1 × 366 ÷ 29 = 12.6206896…
      frequency: [1, 29, 366 / 29],
      duration: [0, 0, null],
      zero: [0, 1, 0],
    },
  ],
  [
    'a period spanning a year boundary annualises with the start year',
    {
      employment: [job('gina', '2020-01-01', null, 40)],
      reports: [report('gina', 'g1', '2024-01-12', [['2024-01-10', 100]])],
    },
    { from: '2023-12-01', to: '2024-01-31' }, // 31 + 31 = 62 days
    {
      // 10, 11 January = 2 days; 100 × 2 ÷ 62
      absence: [2, 62, 200 / 62],
      // start year 2023 has 365 days: 1 ÷ 1 × 365 ÷ 62 = 5.8870967…
      frequency: [1, 62, 365 / 62],
      duration: [2, 1, 2],
      zero: [0, 1, 0],
    },
  ],
  [
    'a therapeutic interval counts as full absence',
    {
      employment: [job('hans', '2020-01-01', null, 40)],
      reports: [
        report('hans', 'h1', '2025-09-21', [
          ['2025-09-01', 100],
          ['2025-09-11', 50, true],
        ]),
      ],
    },
    { from: '2025-09-01', to: '2025-09-30' }, // 30 days
    {
      // 10 days (1..10) × 1 + 10 days (11..20) therapeutic × 1 = 20 (not 15); 100 × 20 ÷ 30
      absence: [20, 30, 200 / 3],
      frequency: [1, 30, 365 / 30],
      // 09-01→09-21 = 20 days
      duration: [20, 1, 20],
      zero: [0, 1, 0],
    },
  ],
  [
    'a change of contract hours mid-period',
    {
      employment: [job('ivo', '2025-01-01', '2025-10-15', 40), job('ivo', '2025-10-16', null, 24)],
      reports: [report('ivo', 'i1', '2025-10-20', [['2025-10-13', 100]])],
    },
    { from: '2025-10-01', to: '2025-10-31' }, // 31 days
    {
      // 13, 14, 15 at factor 1 = 3; 16..19 at factor 24 ÷ 40 = 0.6 → 4 × 0.6 = 2.4; 3 + 2.4 = 5.4
      // denominator: 15 × 1 + 16 × 0.6 = 24.6; 100 × 5.4 ÷ 24.6 = 21.9512195…
      absence: [5.4, 24.6, 540 / 24.6],
      // ivo counts once a day: headcount 31 ÷ 31 = 1; 1 × 365 ÷ 31
      frequency: [1, 31, 365 / 31],
      // 10-13→10-20 = 7 days
      duration: [7, 1, 7],
      // one person, not two, despite two periods
      zero: [0, 1, 0],
    },
  ],
  [
    'an empty organisation: undefined ratios are null, not zero or NaN',
    { employment: [], reports: [] },
    { from: '2025-01-01', to: '2025-01-31' },
    {
      absence: [0, 0, null],
      frequency: [0, 0, null],
      duration: [0, 0, null],
      zero: [0, 0, null],
    },
  ],
  [
    'a sick day outside employment does not count',
    {
      employment: [job('jan', '2025-01-11', null, 40)],
      reports: [report('jan', 'j1', '2025-01-15', [['2025-01-06', 100]])],
    },
    { from: '2025-01-01', to: '2025-01-31' }, // 31 days
    {
      // employed 11..31 = 21 days; sick on employment days 11..14 = 4
      absence: [4, 21, 400 / 21],
      // first sick day 01-06 precedes employment: not a report of this organisation
      frequency: [0, 21, 0],
      // last sick day 01-14 lies in employment, so the ended report counts: 01-06→01-15 = 9 days
      duration: [9, 1, 9],
      zero: [0, 1, 0],
    },
  ],
];

describe('absenceStatistics (CBS/NVS 1996)', () => {
  it.each(scenarios)('%s', (_name, input, period, expected) => {
    const result = absenceStatistics(input, period);
    expect(result.absencePercentage).toEqual({
      numerator: close(expected.absence[0]),
      denominator: close(expected.absence[1]),
      value: close(expected.absence[2]),
    });
    expect(result.notificationFrequency).toMatchObject({
      newReports: expected.frequency[0],
      employmentDays: expected.frequency[1],
      value: close(expected.frequency[2]),
    });
    expect(result.averageDurationDays).toEqual({
      totalDays: expected.duration[0],
      endedReports: expected.duration[1],
      value: close(expected.duration[2]),
    });
    expect(result.zeroAbsencePercentage).toEqual({
      numerator: expected.zero[0],
      denominator: expected.zero[1],
      value: close(expected.zero[2]),
    });
  });

  it('classifies reports that ended in the period by duration', () => {
    const input: StatisticsInput = {
      employment: [job('k', '2020-01-01', null, 40)],
      reports: [
        report('k', 'short', '2025-12-15', [['2025-12-01', 100]]), // 14 days
        report('k', 'medium', '2025-12-20', [['2025-12-05', 100]]), // 15 days
        report('k', 'long', '2025-12-02', [['2024-12-02', 100]]), // 365 days (2025 is no leap year)
        report('k', 'longer', '2025-12-03', [['2024-12-02', 100]]), // 366 days
        report('k', 'longest', '2025-12-04', [['2023-12-01', 100]]), // 366 (to 2024-12-01, leap day) + 365 (to 2025-12-01) + 3 = 734 days
        report('k', 'open', null, [['2025-12-22', 100]]), // not ended
      ],
    };
    const result = absenceStatistics(input, { from: '2025-12-01', to: '2025-12-31' });
    expect(result.durationClasses).toEqual({ '1-14': 1, '15-91': 1, '92-365': 1, '366-730': 1, '>730': 1 });
    // 14 + 15 + 365 + 366 + 734 = 1494
    expect(result.averageDurationDays).toEqual({ totalDays: 1494, endedReports: 5, value: 1494 / 5 });
  });

  describe('frequency methods', () => {
    const input: StatisticsInput = {
      employment: [job('l', '2020-01-01', null, 40), job('m', '2020-01-01', null, 20)],
      reports: [
        report('l', 'l1', '2025-01-10', [['2025-01-06', 100]]),
        report('l', 'l2', '2025-02-12', [['2025-02-10', 100]]),
        report('m', 'm1', '2025-03-05', [['2025-03-03', 100]]),
      ],
    };

    it.each([
      // Q1 2025 = 31 + 28 + 31 = 90 days; headcount 180 ÷ 90 = 2 (part-time m counts 1)
      ['NVS', { from: '2025-01-01', to: '2025-03-31' }, 365 / 90, (3 / 2) * (365 / 90)], // 6.0833…
      ['SECTOR_QUARTER', { from: '2025-01-01', to: '2025-03-31' }, 4, (3 / 2) * 4], // 6
      ['SECTOR_QUARTER', { from: '2025-01-01', to: '2025-02-28' }, null, null], // not a quarter: undefined
    ] as const)('%s over %o annualises by %p to %p', (method, period, factor, value) => {
      const { notificationFrequency } = absenceStatistics(input, period, { frequencyMethod: method });
      expect(notificationFrequency.annualisationFactor).toEqual(close(factor));
      expect(notificationFrequency.value).toEqual(close(value));
      expect(notificationFrequency.method).toBe(method);
    });
  });

  it('uses the configured full-time hours for the part-time factor', () => {
    const input: StatisticsInput = {
      employment: [job('n', '2020-01-01', null, 36), job('o', '2020-01-01', null, 18)],
      reports: [report('o', 'o1', '2025-03-11', [['2025-03-01', 100]])],
    };
    // full time 36: n factor 1, o factor 0.5; numerator 0.5 × 10 = 5; denominator 31 × 1.5 = 46.5
    const result = absenceStatistics(input, { from: '2025-03-01', to: '2025-03-31' }, { fullTimeHours: 36 });
    expect(result.absencePercentage).toEqual({ numerator: 5, denominator: 46.5, value: close(500 / 46.5) });
  });

  describe('pregnancy-related absence (CBS leaves it out of the percentage, NVS 1996 counts it)', () => {
    // cato 40 h and dirk 40 h, April 2025 (30 days); cato pregnancy-related 100 % from 04-07 to 04-17 (10 days), dirk ill 100 % 04-14..04-15 (2 days).
    const input: StatisticsInput = {
      employment: [job('cato', '2020-01-01', null, 40), job('dirk', '2020-01-01', null, 40)],
      reports: [
        { ...report('cato', 'c1', '2025-04-17', [['2025-04-07', 100]]), pregnancyRelated: true },
        report('dirk', 'd1', '2025-04-16', [['2025-04-14', 100]]),
      ],
    };
    const april = { from: '2025-04-01', to: '2025-04-30' };

    it.each([
      // NVS: (10 + 2) ÷ 60 = 20 %
      ['counted by default (NVS 1996)', false, [12, 60, 20]],
      // CBS: 2 ÷ 60 = 3.33… %; the denominator keeps cato's employment days
      ['left out on the organization’s choice (CBS)', true, [2, 60, 200 / 60]],
    ] as const)('%s', (_name, excludePregnancyFromPercentage, [numerator, denominator, value]) => {
      const result = absenceStatistics(input, april, { excludePregnancyFromPercentage });
      expect(result.absencePercentage).toEqual({ numerator, denominator, value: close(value) });
      // Either way cato had sick days: no one is without one (0 ÷ 2), and both reports count as new.
      expect(result.zeroAbsencePercentage.value).toBe(0);
      expect(result.notificationFrequency.newReports).toBe(2);
    });
  });

  it.each<[string, StatisticsInput]>([
    ['overlapping employment', { employment: [job('p', '2025-01-01', null, 40), job('p', '2025-02-01', null, 8)], reports: [] }],
    ['employment ending before it starts', { employment: [job('p', '2025-02-01', '2025-01-01', 40)], reports: [] }],
    ['negative hours', { employment: [job('p', '2025-01-01', null, -1)], reports: [] }],
    ['a report without intervals', { employment: [], reports: [{ ...report('p', 'r', null, [['2025-01-01', 100]]), intervals: [] }] }],
    [
      'a first interval after the first sick day',
      { employment: [], reports: [{ ...report('p', 'r', null, [['2025-01-02', 100]]), firstSickDay: '2025-01-01' }] },
    ],
    ['a percentage above 100', { employment: [], reports: [report('p', 'r', null, [['2025-01-01', 120]])] }],
    [
      'intervals out of order',
      {
        employment: [],
        reports: [
          report('p', 'r', null, [
            ['2025-01-05', 100],
            ['2025-01-03', 50],
          ]),
        ],
      },
    ],
    ['recovery on the first sick day', { employment: [], reports: [report('p', 'r', '2025-01-01', [['2025-01-01', 100]])] }],
  ])('rejects %s as a programmer error', (_name, input) => {
    expect(() => absenceStatistics(input, { from: '2025-01-01', to: '2025-01-31' })).toThrow(RangeError);
  });
});
