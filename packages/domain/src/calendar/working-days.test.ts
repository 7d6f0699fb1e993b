import { isWorkingDay, workingDayBefore, workingDayOnOrAfter, type HolidayCalendar } from './working-days';

describe('working days', () => {
  it.each<[string, HolidayCalendar, boolean]>([
    ['2026-11-23', 'NL', true], // Monday
    ['2026-11-22', 'NL', false], // Sunday
    ['2026-04-27', 'NL', false], // Koningsdag
    ['2026-04-27', 'BE', true],
    ['2026-07-21', 'BE', false], // Belgian national day
    ['2026-07-21', 'NL', true],
  ])('%s is a working day in %s: %s', (date, calendar, expected) => {
    expect(isWorkingDay(date, calendar)).toBe(expected);
  });

  it.each<[string, HolidayCalendar, string]>([
    ['2026-11-23', 'NL', '2026-11-23'], // already a working day
    ['2026-11-21', 'NL', '2026-11-23'], // Saturday → Monday
    ['2026-04-25', 'NL', '2026-04-28'], // Saturday, Sunday, Koningsdag Monday → Tuesday
    ['2026-04-04', 'NL', '2026-04-07'], // Saturday, Easter Sunday and Monday → Tuesday
    ['2026-04-25', 'BE', '2026-04-27'], // no Koningsdag in Belgium
  ])('first working day on or after %s (%s) is %s', (date, calendar, expected) => {
    expect(workingDayOnOrAfter(date, calendar)).toBe(expected);
  });

  it.each<[string, HolidayCalendar, string]>([
    ['2026-11-24', 'NL', '2026-11-23'], // Tuesday → Monday
    ['2026-11-22', 'NL', '2026-11-20'], // Sunday → Friday
    ['2026-04-07', 'NL', '2026-04-03'], // Tuesday after Easter → Goede Vrijdag, a working day
    ['2026-05-26', 'BE', '2026-05-22'], // Pinkstermaandag skipped, then the weekend
  ])('last working day before %s (%s) is %s', (date, calendar, expected) => {
    expect(workingDayBefore(date, calendar)).toBe(expected);
  });
});
