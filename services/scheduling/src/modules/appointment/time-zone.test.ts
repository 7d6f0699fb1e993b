import { instantToLocal, localToInstant } from './time-zone';

describe('local wall-clock time in Europe/Amsterdam', () => {
  it.each([
    ['winter time (UTC+1)', '2026-01-15T09:00', '2026-01-15T08:00:00.000Z'],
    ['summer time (UTC+2)', '2026-07-15T09:00', '2026-07-15T07:00:00.000Z'],
    ['the day summer time starts', '2026-03-29T10:00', '2026-03-29T08:00:00.000Z'],
    ['the day winter time starts', '2026-10-25T10:00', '2026-10-25T09:00:00.000Z'],
    ['just before midnight', '2026-12-31T23:30', '2026-12-31T22:30:00.000Z'],
  ])('%s', (_label, local, utc) => {
    expect(localToInstant(local, 'Europe/Amsterdam').toISOString()).toBe(utc);
    expect(instantToLocal(utc, 'Europe/Amsterdam')).toBe(local);
  });

  it('refuses what is not a local date-time', () => {
    expect(() => localToInstant('2026-01-15 09:00', 'Europe/Amsterdam')).toThrow(RangeError);
  });
});
