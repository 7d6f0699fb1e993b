import type { CaseSpan } from './absence-case';
import { dateOfSickDay, sickDayNumber } from './sick-days';

// Sick 5 Jan–1 Feb 2026 (28 days), fit 2–11 Feb (10 days), sick again from 12 Feb.
const continued: CaseSpan = {
  firstSickDay: '2026-01-05',
  gaps: [{ from: '2026-02-02', to: '2026-02-12', days: 10 }],
  recoveryDate: null,
};
const recovered: CaseSpan = { ...continued, recoveryDate: '2026-03-01' };

describe('sickDayNumber', () => {
  it.each([
    ['2026-01-04', 0], // before the case
    ['2026-01-05', 1],
    ['2026-02-01', 28],
    ['2026-02-02', 28], // first gap day: no new sick day
    ['2026-02-11', 28], // last gap day
    ['2026-02-12', 29], // relapse continues the count
    ['2026-02-25', 42], // 52 calendar days minus 10 gap days
    ['2026-03-01', 46], // 56 calendar days minus 10
  ])('in the continued case %s is sick day %i', (date, expected) => {
    expect(sickDayNumber(continued, date)).toBe(expected);
  });

  it.each([
    ['2026-02-28', 45],
    ['2026-03-01', 45], // recovery date: the count stops at the last sick day
    ['2027-01-01', 45],
  ])('in the recovered case %s is sick day %i', (date, expected) => {
    expect(sickDayNumber(recovered, date)).toBe(expected);
  });

  it('counts calendar days when there are no gaps', () => {
    expect(sickDayNumber({ firstSickDay: '2026-01-05', gaps: [] }, '2026-02-15')).toBe(42);
  });
});

describe('dateOfSickDay', () => {
  it.each([
    [1, '2026-01-05'],
    [28, '2026-02-01'],
    [29, '2026-02-12'], // would be 2 Feb without the gap
    [42, '2026-02-25'], // D+41: 15 Feb pushed back 10 days
    [46, '2026-03-01'],
  ])('sick day %i is %s', (n, expected) => {
    expect(dateOfSickDay(continued, n)).toBe(expected);
    expect(sickDayNumber(continued, expected)).toBe(n);
  });

  it('projects past a recovery as if the employee stayed sick', () => {
    expect(dateOfSickDay(recovered, 46)).toBe('2026-03-01');
  });

  it('applies gaps in date order even when stored out of order', () => {
    const span: CaseSpan = {
      firstSickDay: '2026-01-01',
      gaps: [
        { from: '2026-01-20', to: '2026-01-25', days: 5 },
        { from: '2026-01-10', to: '2026-01-13', days: 3 },
      ],
    };
    // day 20 = 20 Jan naively; +3 (gap from 10 Jan) = 23 Jan; that is past 20 Jan, so +5 = 28 Jan
    expect(dateOfSickDay(span, 20)).toBe('2026-01-28');
  });

  it.each([0, -3, 1.5])('rejects sick day %d', (n) => {
    expect(() => dateOfSickDay(continued, n)).toThrow(RangeError);
  });
});
