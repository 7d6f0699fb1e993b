import { mondayOf } from './iso-date';
import { PLATFORM_TIME_ZONE, calendarDateIn, instantFromLocal, isAfterToday, localDateTimeIn, timeZoneOf, todayIn } from './time-zone';

const AMSTERDAM = 'Europe/Amsterdam';
const BRUSSELS = 'Europe/Brussels';

describe('the zone of an organization', () => {
  it.each([
    ['NL', AMSTERDAM],
    ['BE', BRUSSELS],
  ] as const)('%s lives by %s', (jurisdiction, zone) => {
    expect(timeZoneOf(jurisdiction)).toBe(zone);
  });

  it('falls back to Amsterdam for what belongs to no organization', () => {
    expect(PLATFORM_TIME_ZONE).toBe(AMSTERDAM);
  });
});

describe('today in a zone', () => {
  it.each([
    // winter (UTC+1): from 23:00 UTC it is already tomorrow
    ['winter, 23:30 UTC', AMSTERDAM, '2026-01-15T23:30:00Z', '2026-01-16'],
    ['winter, 22:59 UTC', AMSTERDAM, '2026-01-15T22:59:00Z', '2026-01-15'],
    ['winter, 23:00 UTC is midnight', AMSTERDAM, '2026-01-15T23:00:00Z', '2026-01-16'],
    ['winter, Brussels', BRUSSELS, '2026-01-15T23:30:00Z', '2026-01-16'],
    ['New Year’s Eve, 23:30 UTC', AMSTERDAM, '2026-12-31T23:30:00Z', '2027-01-01'],
    // summer (UTC+2): from 22:00 UTC it is already tomorrow
    ['summer, 22:30 UTC', AMSTERDAM, '2026-07-15T22:30:00Z', '2026-07-16'],
    ['summer, 23:30 UTC', AMSTERDAM, '2026-07-15T23:30:00Z', '2026-07-16'],
    ['summer, 21:59 UTC', AMSTERDAM, '2026-07-15T21:59:00Z', '2026-07-15'],
    ['summer, Brussels', BRUSSELS, '2026-07-15T22:30:00Z', '2026-07-16'],
    // the night summer time starts (29 March 2026, 02:00 → 03:00)
    ['eve of summer time, last minute', AMSTERDAM, '2026-03-28T22:59:00Z', '2026-03-28'],
    ['eve of summer time, midnight', AMSTERDAM, '2026-03-28T23:00:00Z', '2026-03-29'],
    ['first summer day, last minute', AMSTERDAM, '2026-03-29T21:59:00Z', '2026-03-29'],
    ['first summer day ends at 22:00 UTC', AMSTERDAM, '2026-03-29T22:00:00Z', '2026-03-30'],
    // the night winter time starts (25 October 2026, 03:00 → 02:00)
    ['eve of winter time, midnight', AMSTERDAM, '2026-10-24T22:00:00Z', '2026-10-25'],
    ['eve of winter time, last minute', AMSTERDAM, '2026-10-24T21:59:00Z', '2026-10-24'],
    ['first winter day, last minute', AMSTERDAM, '2026-10-25T22:59:00Z', '2026-10-25'],
    ['first winter day ends at 23:00 UTC', AMSTERDAM, '2026-10-25T23:00:00Z', '2026-10-26'],
    ['Brussels the night winter time starts', BRUSSELS, '2026-10-25T23:30:00Z', '2026-10-26'],
    // the UTC day, for contrast: the bug this clock removes
    ['UTC itself', 'UTC', '2026-01-15T23:30:00Z', '2026-01-15'],
  ])('%s: %s at %s is %s', (_label, zone, instant, expected) => {
    expect(todayIn(zone, new Date(instant))).toBe(expected);
    expect(calendarDateIn(zone, instant)).toBe(expected);
  });

  it.each([
    // a check-in, an evaluation or an analysis dated "tomorrow" by UTC is today in Amsterdam
    ['2026-01-16', '2026-01-15T23:30:00Z', false],
    ['2026-01-17', '2026-01-15T23:30:00Z', true],
    ['2026-07-16', '2026-07-15T22:30:00Z', false],
    ['2026-07-17', '2026-07-15T22:30:00Z', true],
    ['2026-07-16', '2026-07-15T21:30:00Z', true], // 23:30 in Amsterdam: the 16th is still tomorrow
  ])('%s is after today at %s: %s', (date, now, expected) => {
    expect(isAfterToday(date, AMSTERDAM, new Date(now))).toBe(expected);
  });

  it.each([
    // Sunday 23:30 UTC is Monday in Amsterdam: a new week has begun
    ['winter', '2026-01-18T23:30:00Z', '2026-01-19'],
    ['summer', '2026-07-19T22:30:00Z', '2026-07-20'],
    ['Sunday evening stays in its week', '2026-01-18T22:30:00Z', '2026-01-12'],
  ])('the week of an instant (%s, %s) starts on %s', (_label, instant, monday) => {
    expect(mondayOf(calendarDateIn(AMSTERDAM, instant))).toBe(monday);
  });
});

describe('wall-clock time in a zone', () => {
  it.each([
    ['winter time (UTC+1)', '2026-01-15T09:00', '2026-01-15T08:00:00.000Z'],
    ['summer time (UTC+2)', '2026-07-15T09:00', '2026-07-15T07:00:00.000Z'],
    ['the day summer time starts', '2026-03-29T10:00', '2026-03-29T08:00:00.000Z'],
    ['the day winter time starts', '2026-10-25T10:00', '2026-10-25T09:00:00.000Z'],
    ['just before midnight', '2026-12-31T23:30', '2026-12-31T22:30:00.000Z'],
    ['just after midnight in summer', '2026-07-16T00:30', '2026-07-15T22:30:00.000Z'],
    ['the first minute of a day', '2026-01-16T00:00', '2026-01-15T23:00:00.000Z'],
  ])('%s: %s is %s and back', (_label, local, utc) => {
    expect(instantFromLocal(AMSTERDAM, local).toISOString()).toBe(utc);
    expect(localDateTimeIn(AMSTERDAM, utc)).toBe(local);
  });

  it('moves a time the spring change skips an hour on, and takes the second of a repeated hour', () => {
    expect(instantFromLocal(AMSTERDAM, '2026-03-29T02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantFromLocal(AMSTERDAM, '2026-10-25T02:30').toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(localDateTimeIn(AMSTERDAM, '2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30');
  });

  it('refuses what is not a local date-time, an instant or a zone', () => {
    expect(() => instantFromLocal(AMSTERDAM, '2026-01-15 09:00')).toThrow(RangeError);
    expect(() => calendarDateIn(AMSTERDAM, 'gisteren')).toThrow(RangeError);
    expect(() => todayIn('Europe/Atlantis', new Date('2026-01-15T12:00:00Z'))).toThrow(RangeError);
  });
});
