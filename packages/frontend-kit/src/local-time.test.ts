import { instantOfLocal, localDateTime, localToday } from './local-time';

describe('Dutch local time', () => {
  it('reads an instant in Amsterdam time, in winter and in summer', () => {
    expect(localDateTime('2026-11-23T08:00:00Z')).toEqual({ date: '2026-11-23', time: '09:00' });
    expect(localDateTime('2026-07-01T22:30:00Z')).toEqual({ date: '2026-07-02', time: '00:30' });
  });

  it('turns a local date and time back into the instant', () => {
    expect(instantOfLocal('2026-11-23', '09:00')).toBe('2026-11-23T08:00:00.000Z');
    expect(instantOfLocal('2026-07-02', '00:30')).toBe('2026-07-01T22:30:00.000Z');
    // The morning the clocks go back and the day they go forward.
    expect(instantOfLocal('2026-10-25', '12:00')).toBe('2026-10-25T11:00:00.000Z');
    expect(instantOfLocal('2026-03-29', '12:00')).toBe('2026-03-29T10:00:00.000Z');
  });

  it.each([
    ['winter, 23:30 UTC', '2026-11-22T23:30:00Z', '2026-11-23'],
    ['summer, 22:30 UTC', '2026-07-01T22:30:00Z', '2026-07-02'],
    ['summer, 21:59 UTC', '2026-07-01T21:59:00Z', '2026-07-01'],
  ])('knows the local day even when UTC is still on the previous one (%s)', (_label, now, today) => {
    expect(localToday(new Date(now))).toBe(today);
  });

  it('reads another zone when a screen passes one', () => {
    expect(localToday(new Date('2026-11-22T23:30:00Z'), 'Europe/Brussels')).toBe('2026-11-23');
    expect(localDateTime('2026-11-22T23:30:00Z', 'UTC')).toEqual({ date: '2026-11-22', time: '23:30' });
  });
});
