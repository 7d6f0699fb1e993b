import { formatDateOf, formatDateTime, formatDay, formatTime } from './format-date-time';

describe('dates as people read them', () => {
  it('names a day, with its year only when it is not this year', () => {
    expect(formatDay('2026-11-23', 'nl', 2026)).toBe('maandag 23 november');
    expect(formatDay('2027-02-09', 'nl', 2026)).toBe('dinsdag 9 februari 2027');
    expect(formatDay('2026-11-23', 'en', 2026)).toBe('Monday 23 November');
  });

  it.each([
    ['winter, 23:30 UTC', '2026-01-15T23:30:00Z', '16 januari 2026'],
    ['summer, 22:30 UTC', '2026-07-15T22:30:00Z', '16 juli 2026'],
    ['summer, 21:30 UTC', '2026-07-15T21:30:00Z', '15 juli 2026'],
  ])('dates a moment by its Dutch day, not its UTC day (%s)', (_label, instant, text) => {
    expect(formatDateOf(instant, 'nl')).toBe(text);
  });

  it('shows a meeting in Dutch time, whatever the zone of the browser', () => {
    expect(formatDateTime('2026-11-23T09:00:00Z', 'nl')).toBe('ma 23 nov, 10:00');
  });
});

describe('formatTime', () => {
  it('reads the clock in the platform zone, summer and winter', () => {
    expect(formatTime('2026-12-04T08:05:00Z', 'nl')).toBe('09:05');
    expect(formatTime('2026-07-01T08:05:00Z', 'en')).toBe('10:05');
  });
});
