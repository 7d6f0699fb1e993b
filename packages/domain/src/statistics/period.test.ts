import { calendarMonths, isCalendarQuarter, periodLength } from './period';

describe('periods', () => {
  it.each([
    ['2025-03-01', '2025-03-31', 31],
    ['2024-02-01', '2024-02-29', 29], // leap year
    ['2025-02-01', '2025-02-28', 28],
    ['2025-01-01', '2025-01-01', 1], // a single day counts as one
    ['2024-01-01', '2024-12-31', 366],
  ])('%s..%s has %i days', (from, to, days) => {
    expect(periodLength({ from, to })).toBe(days);
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => periodLength({ from: '2025-03-02', to: '2025-03-01' })).toThrow(RangeError);
  });

  it.each([
    [
      '2024-02-15',
      '2024-03-10',
      [
        { from: '2024-02-15', to: '2024-02-29' },
        { from: '2024-03-01', to: '2024-03-10' },
      ],
    ],
    [
      '2024-12-20',
      '2025-01-05',
      [
        { from: '2024-12-20', to: '2024-12-31' },
        { from: '2025-01-01', to: '2025-01-05' },
      ],
    ],
    ['2025-06-01', '2025-06-30', [{ from: '2025-06-01', to: '2025-06-30' }]],
  ])('splits %s..%s into clipped calendar months', (from, to, months) => {
    expect(calendarMonths({ from, to })).toEqual(months);
  });

  it.each([
    ['2025-01-01', '2025-03-31', true],
    ['2025-10-01', '2025-12-31', true],
    ['2025-01-01', '2025-03-30', false],
    ['2025-02-01', '2025-04-30', false],
    ['2025-01-01', '2025-12-31', false],
  ])('%s..%s is a calendar quarter: %s', (from, to, expected) => {
    expect(isCalendarQuarter({ from, to })).toBe(expected);
  });
});
