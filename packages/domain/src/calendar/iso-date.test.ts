import { addDays, daysBetween, isIsoDate, isoWeekday, isWeekend, daysInYear, mondayOf } from './iso-date';

describe('iso dates', () => {
  it.each([
    ['2026-11-22', '2026-11-16'],
    ['2026-11-23', '2026-11-23'],
    ['2027-01-01', '2026-12-28'],
  ])('the Monday of %s is %s, Sunday belonging to the week before', (day, monday) => {
    expect(mondayOf(day)).toBe(monday);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['not a date', false],
  ])('isIsoDate(%s) is %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-31', 1, '2024-04-01'],
    ['2024-10-27', 1, '2024-10-28'], // daylight saving ends in Europe that night
    ['2025-01-01', -1, '2024-12-31'],
  ])('%s + %i day is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('counts days between dates across a leap day', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2023-02-01', '2023-03-01')).toBe(28);
  });

  it('knows weekdays and weekends', () => {
    expect(isoWeekday('2026-11-22')).toBe(7);
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isWeekend('2026-11-21')).toBe(true);
    expect(isWeekend('2026-11-20')).toBe(false);
  });

  it('knows leap years', () => {
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(1900)).toBe(365);
    expect(daysInYear(2000)).toBe(366);
  });
});
