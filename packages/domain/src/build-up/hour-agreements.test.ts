import { expandHourAgreements, type HourAgreement } from './hour-agreements';

const agreement = (weekStart: string, homeHours: number, locationHours: number, therapeutic = false): HourAgreement => ({
  weekStart,
  homeHours,
  locationHours,
  therapeutic,
  tasks: [`tasks from ${weekStart}`],
});

describe('expandHourAgreements', () => {
  it.each<[string, HourAgreement[], [string, number, number][]]>([
    ['no agreements, no weeks', [], []],
    ['one agreement is one week', [agreement('2026-03-02', 4, 0)], [['2026-03-02', 4, 0]]],
    [
      'each agreement holds until the next',
      [agreement('2026-03-02', 4, 0), agreement('2026-03-16', 4, 8), agreement('2026-03-30', 0, 20)],
      [
        ['2026-03-02', 4, 0],
        ['2026-03-09', 4, 0],
        ['2026-03-16', 4, 8],
        ['2026-03-23', 4, 8],
        ['2026-03-30', 0, 20],
      ],
    ],
    [
      'order of the input does not matter',
      [agreement('2026-03-09', 2, 6), agreement('2026-03-02', 2, 2)],
      [
        ['2026-03-02', 2, 2],
        ['2026-03-09', 2, 6],
      ],
    ],
  ])('%s', (_label, agreements, expected) => {
    expect(expandHourAgreements(agreements).map((w) => [w.weekStart, w.homeHours, w.locationHours])).toEqual(expected);
  });

  it('keeps the therapeutic flag and the tasks of the agreement', () => {
    const [week] = expandHourAgreements([agreement('2026-03-02', 4, 0, true)]);
    expect(week).toMatchObject({ therapeutic: true, tasks: ['tasks from 2026-03-02'] });
  });

  it.each([
    ['a week start that is not a Monday', [agreement('2026-03-03', 4, 0)]],
    ['negative hours', [agreement('2026-03-02', -1, 0)]],
  ])('refuses %s', (_label, agreements) => {
    expect(() => expandHourAgreements(agreements)).toThrow(RangeError);
  });
});
