import { Appointment, AppointmentKind, AppointmentStatus } from '../appointment/appointment.entity';
import { progressOf } from './programme.service';

/** A reflection talk of one hour in a programme week, from its instant in UTC. */
function talk(week: number, startsAt: string, status: AppointmentStatus): Appointment {
  return Object.assign(new Appointment(), {
    id: `talk-${week}`,
    kind: AppointmentKind.REFLECTION_TALK,
    programmeWeek: week,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
    status,
  });
}

// Mondays at 10:00 in Amsterdam: 12 and 19 January 2026 (UTC+1), 13 and 20 July 2026 (UTC+2).
const winter = [talk(1, '2026-01-12T09:00:00.000Z', AppointmentStatus.HELD), talk(2, '2026-01-19T09:00:00.000Z', AppointmentStatus.PLANNED)];
const summer = [talk(1, '2026-07-13T08:00:00.000Z', AppointmentStatus.HELD), talk(2, '2026-07-20T08:00:00.000Z', AppointmentStatus.PLANNED)];

describe('progressOf, on the Dutch calendar day', () => {
  it.each([
    { label: 'winter, Sunday 22:30 UTC (23:30 local)', sessions: winter, now: '2026-01-18T22:30:00Z', week: 1, remaining: 1, unrecorded: 0 },
    { label: 'winter, Sunday 23:30 UTC (Monday local)', sessions: winter, now: '2026-01-18T23:30:00Z', week: 2, remaining: 1, unrecorded: 0 },
    { label: 'winter, Monday 23:30 UTC (Tuesday local)', sessions: winter, now: '2026-01-19T23:30:00Z', week: 2, remaining: 0, unrecorded: 1 },
    { label: 'summer, Sunday 21:30 UTC (23:30 local)', sessions: summer, now: '2026-07-19T21:30:00Z', week: 1, remaining: 1, unrecorded: 0 },
    { label: 'summer, Sunday 22:30 UTC (Monday local)', sessions: summer, now: '2026-07-19T22:30:00Z', week: 2, remaining: 1, unrecorded: 0 },
    { label: 'summer, Monday 23:30 UTC (Tuesday local)', sessions: summer, now: '2026-07-20T23:30:00Z', week: 2, remaining: 0, unrecorded: 1 },
  ])('$label: week $week, $remaining to come, $unrecorded unrecorded', ({ sessions, now, week, remaining, unrecorded }) => {
    expect(progressOf(sessions, new Date(now))).toMatchObject({ currentWeek: week, remaining, unrecorded });
  });
});
