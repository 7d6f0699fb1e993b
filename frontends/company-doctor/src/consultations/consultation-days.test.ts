import { consultationDays } from './consultation-days';

describe("the company doctor's consultations per day", () => {
  it('groups by the Dutch calendar day, in time order, and names today and tomorrow', () => {
    const now = new Date('2026-11-23T08:00:00Z'); // Monday morning in Amsterdam
    const days = consultationDays(
      [
        { id: 'c', startsAt: '2026-11-25T09:00:00Z' },
        { id: 'b', startsAt: '2026-11-23T13:30:00Z' },
        { id: 'a', startsAt: '2026-11-23T09:00:00Z' },
        // 00:30 on Tuesday in Amsterdam, still Monday in UTC.
        { id: 'd', startsAt: '2026-11-23T23:30:00Z' },
      ],
      now,
    );
    expect(days.map((day) => [day.date, day.name, day.consultations.map((c) => c.id)])).toEqual([
      ['2026-11-23', 'TODAY', ['a', 'b']],
      ['2026-11-24', 'TOMORROW', ['d']],
      ['2026-11-25', null, ['c']],
    ]);
  });

  it('knows tomorrow across the switch to winter time', () => {
    const lateSaturday = new Date('2026-10-24T22:30:00Z'); // 00:30 on Sunday 25 October, a 25-hour day
    expect(consultationDays([{ startsAt: '2026-10-26T08:00:00Z' }], lateSaturday)[0].name).toBe('TOMORROW');
    expect(consultationDays([], lateSaturday)).toEqual([]);
  });
});
