import { contactMoments, evaluationWeeks, type ContactRhythm } from './plan-appointments';

const rhythm = (frequency: string, weekday: number | null, time: string | null): ContactRhythm => ({ frequency, weekday, time });

describe('contactMoments', () => {
  it.each<[string, ContactRhythm, string, string, string[]]>([
    [
      'weekly on Tuesday, from a Monday',
      rhythm('WEEKLY', 2, '10:00'),
      '2026-03-02',
      '2026-03-20',
      ['2026-03-03T10:00', '2026-03-10T10:00', '2026-03-17T10:00'],
    ],
    [
      'the agreed weekday itself is not included (strictly after)',
      rhythm('WEEKLY', 1, '09:30'),
      '2026-03-02',
      '2026-03-16',
      ['2026-03-09T09:30', '2026-03-16T09:30'],
    ],
    ['every two weeks', rhythm('BIWEEKLY', 5, '14:00'), '2026-03-02', '2026-03-31', ['2026-03-06T14:00', '2026-03-20T14:00']],
    ['monthly is every four weeks', rhythm('monthly', 3, '11:00'), '2026-03-02', '2026-04-30', ['2026-03-04T11:00', '2026-04-01T11:00', '2026-04-29T11:00']],
    ['no weekday: no fixed moment', rhythm('WEEKLY', null, '10:00'), '2026-03-02', '2026-03-31', []],
    ['no time: no fixed moment', rhythm('WEEKLY', 2, null), '2026-03-02', '2026-03-31', []],
    ['an e-mail update has no frequency we plan', rhythm('AS_NEEDED', 2, '10:00'), '2026-03-02', '2026-03-31', []],
    ['until before the first moment', rhythm('WEEKLY', 4, '10:00'), '2026-03-02', '2026-03-04', []],
  ])('%s', (_label, given, from, until, expected) => {
    expect(contactMoments(given, from, until)).toEqual(expected);
  });

  it.each([
    ['weekday 8', rhythm('WEEKLY', 8, '10:00')],
    ['time 25:00', rhythm('WEEKLY', 1, '25:00')],
  ])('refuses %s', (_label, given) => {
    expect(() => contactMoments(given, '2026-03-02', '2026-03-31')).toThrow(RangeError);
  });
});

describe('evaluationWeeks', () => {
  it.each<[string, number, string, string, string[]]>([
    ['every 6 weeks from a Wednesday', 6, '2026-03-04', '2026-06-30', ['2026-04-13', '2026-05-25']],
    ['every 2 weeks', 2, '2026-03-02', '2026-03-31', ['2026-03-16', '2026-03-30']],
    ['no cadence', 0, '2026-03-02', '2026-12-31', []],
  ])('%s', (_label, every, from, until, expected) => {
    expect(evaluationWeeks(every, from, until)).toEqual(expected);
  });
});
