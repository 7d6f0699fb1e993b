import { todayIn } from '../calendar/time-zone';
import { generateProgramme } from './generate-programme';
import { programmeProgress } from './programme-progress';
import type { SessionStatus, TrackedSession } from './types';

// Week 1 starts Monday 2025-01-06; sessions on Monday, Tuesday and Thursday at 10:00, 8 weeks.
const planned: TrackedSession[] = generateProgramme({
  startDate: '2025-01-06',
  reflectionWeekday: 1,
  dialogueWeekdays: [2, 4],
  startTime: '10:00',
}).sessions.map((s) => ({ ...s, status: 'PLANNED' }));

// The same programme from Monday 2025-07-07, in summer time, its first week held.
const julyProgramme: TrackedSession[] = generateProgramme({
  startDate: '2025-07-07',
  reflectionWeekday: 1,
  dialogueWeekdays: [2, 4],
  startTime: '10:00',
}).sessions.map((s, i) => ({ ...s, status: i < 3 ? 'HELD' : 'PLANNED' }));

const withStatuses = (statuses: SessionStatus[]): TrackedSession[] => planned.map((s, i) => ({ ...s, status: statuses[i] ?? 'PLANNED' }));

describe('programmeProgress', () => {
  it('counts held, missed, remaining and unrecorded sessions', () => {
    // week 1: 3 held; week 2: reflection held, a no-show and a cancellation; week 3 Monday 01-20 left PLANNED
    const sessions = withStatuses(['HELD', 'HELD', 'HELD', 'HELD', 'NO_SHOW', 'CANCELLED']);
    expect(programmeProgress(sessions, '2025-01-21')).toEqual({
      held: 4, // 3 + 1
      missed: 2, // no-show + cancelled
      remaining: 17, // 24 − 6 recorded − 1 unrecorded; today's session (Tuesday 01-21) still counts
      unrecorded: 1, // Monday 01-20 passed without a status
      currentWeek: 3, // 01-06 → 01-21 = 15 days; ⌊15 ÷ 7⌋ + 1 = 3
    });
  });

  it.each([
    ['2025-01-05', null], // the Sunday before week 1
    ['2025-01-06', 1], // 0 days → week 1
    ['2025-01-12', 1], // 6 days; a Sunday still belongs to its week
    ['2025-01-13', 2], // 7 days
    ['2025-03-02', 8], // 55 days; ⌊55 ÷ 7⌋ + 1 = 8
    ['2025-03-03', null], // 56 days → week 9, after the programme
  ])('on %s the current week is %p', (today, week) => {
    expect(programmeProgress(planned, today).currentWeek).toBe(week);
  });

  it('derives the weeks from whichever session comes first, even a moved one', () => {
    const [, ...rest] = planned;
    // week 1 reflection moved out: the first session is now Tuesday of week 1
    expect(programmeProgress(rest, '2025-01-06').currentWeek).toBe(1);
  });

  it('handles a programme without sessions', () => {
    expect(programmeProgress([], '2025-01-06')).toEqual({
      held: 0,
      missed: 0,
      remaining: 0,
      unrecorded: 0,
      currentWeek: null,
    });
  });

  it.each([
    // Sunday 12 January 2025 at 23:30 UTC is Monday 00:30 in Amsterdam: week 2 has begun
    ['winter, 23:30 UTC on Sunday', '2025-01-12T23:30:00Z', 2, 0],
    ['winter, 22:30 UTC on Sunday', '2025-01-12T22:30:00Z', 1, 0],
    // Monday 20 January at 23:30 UTC is Tuesday in Amsterdam: Monday's talk went by unrecorded
    ['the night after a talk', '2025-01-20T23:30:00Z', 3, 1],
    ['the evening of a talk', '2025-01-20T22:30:00Z', 3, 0],
    // Summer: Sunday 13 July 2025 at 22:30 UTC is Monday in Amsterdam
    ['summer, 22:30 UTC on Sunday', '2025-07-13T22:30:00Z', 2, 0],
    ['summer, 21:30 UTC on Sunday', '2025-07-13T21:30:00Z', 1, 0],
  ])('%s (%s) is week %p with %p talk(s) unrecorded', (_label, instant, week, unrecorded) => {
    const summer = instant.startsWith('2025-07');
    const sessions = summer ? julyProgramme : withStatuses(['HELD', 'HELD', 'HELD', 'HELD', 'HELD', 'HELD']);
    const progress = programmeProgress(sessions, todayIn('Europe/Amsterdam', new Date(instant)));
    expect(progress.currentWeek).toBe(week);
    expect(progress.unrecorded).toBe(unrecorded);
  });
});
