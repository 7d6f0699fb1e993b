import { formatDateTime, formatDay } from './format-date-time';

describe('dates as people read them', () => {
  it('names a day, with its year only when it is not this year', () => {
    expect(formatDay('2026-11-23', 'nl', 2026)).toBe('maandag 23 november');
    expect(formatDay('2027-02-09', 'nl', 2026)).toBe('dinsdag 9 februari 2027');
    expect(formatDay('2026-11-23', 'en', 2026)).toBe('Monday 23 November');
  });

  it('shows a meeting in Dutch time, whatever the zone of the browser', () => {
    expect(formatDateTime('2026-11-23T09:00:00Z', 'nl')).toBe('ma 23 nov, 10:00');
  });
});
