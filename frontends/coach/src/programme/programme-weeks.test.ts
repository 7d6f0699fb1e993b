import { awaitsAttendance, PROGRAMME_MINUTES_PER_WEEK, programmeWeeks } from './programme-weeks';

const session = (id: string, startsAt: string, status: string, programmeWeek?: number) => ({ id, startsAt, status, programmeWeek });

describe('the programme weeks', () => {
  it('start on the Monday of the start week and count attendance per week', () => {
    const weeks = programmeWeeks(
      '2026-11-04',
      [
        session('a', '2026-11-02T09:00:00Z', 'HELD', 1),
        session('b', '2026-11-05T09:00:00Z', 'NO_SHOW', 1),
        session('c', '2026-11-10T09:00:00Z', 'PLANNED'),
        session('d', '2026-11-09T09:00:00Z', 'CANCELLED', 2),
      ],
      '2026-11-11',
    );
    expect(weeks).toHaveLength(8);
    expect(weeks[0]).toMatchObject({ number: 1, monday: '2026-11-02', friday: '2026-11-06', held: 1, missed: 1, planned: 0, isCurrent: false });
    expect(weeks[1]).toMatchObject({ number: 2, monday: '2026-11-09', planned: 1, isCurrent: true });
    expect(weeks[1].sessions.map((s) => s.id)).toEqual(['d', 'c']);
    expect(weeks[7].monday).toBe('2026-12-21');
  });

  it.each([
    ['winter: Sunday 23:30 UTC is Monday in Amsterdam', '2026-11-08T23:30:00Z', 2],
    ['winter: Sunday 22:30 UTC is still Sunday', '2026-11-08T22:30:00Z', 1],
    ['summer: Sunday 22:30 UTC is Monday in Amsterdam', '2026-07-12T22:30:00Z', 2],
  ])('places a session without its week number by its Dutch day (%s)', (_label, startsAt, week) => {
    const start = startsAt.startsWith('2026-07') ? '2026-07-06' : '2026-11-02';
    const weeks = programmeWeeks(start, [session('a', startsAt, 'PLANNED')], start);
    expect(weeks.findIndex((w) => w.sessions.length > 0) + 1).toBe(week);
  });

  it('counts the minutes of held and planned talks against the four hours a week', () => {
    const timed = (id: string, startsAt: string, endsAt: string, status: string) => ({ id, startsAt, endsAt, status, programmeWeek: 1 });
    const [week] = programmeWeeks(
      '2026-11-02',
      [
        timed('reflection', '2026-11-02T09:00:00Z', '2026-11-02T10:00:00Z', 'HELD'),
        timed('dialogue', '2026-11-04T09:00:00Z', '2026-11-04T10:30:00Z', 'PLANNED'),
        timed('cancelled', '2026-11-05T09:00:00Z', '2026-11-05T10:30:00Z', 'CANCELLED'),
      ],
      '2026-11-02',
    );
    expect(week.minutes).toBe(150);
    expect(PROGRAMME_MINUTES_PER_WEEK).toBe(240);
  });

  it('asks for attendance only of planned sessions that have begun', () => {
    const now = new Date('2026-11-10T10:00:00Z');
    expect(awaitsAttendance(session('a', '2026-11-10T09:00:00Z', 'PLANNED'), now)).toBe(true);
    expect(awaitsAttendance(session('b', '2026-11-12T09:00:00Z', 'PLANNED'), now)).toBe(false);
    expect(awaitsAttendance(session('c', '2026-11-09T09:00:00Z', 'HELD'), now)).toBe(false);
  });
});
