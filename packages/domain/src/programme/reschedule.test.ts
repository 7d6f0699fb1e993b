import { generateProgramme } from './generate-programme';
import { rescheduleKeepingPattern, type RescheduleConstraints } from './reschedule';
import type { RescheduleRejection } from './types';

// Week 3 runs Monday 2025-01-20 … Friday 01-24: reflection Mon 10:00–11:00, dialogues Tue and Thu 10:00–11:30.
const { sessions } = generateProgramme({
  startDate: '2025-01-06',
  reflectionWeekday: 1,
  dialogueWeekdays: [2, 4],
  startTime: '10:00',
});
const week3Reflection = { week: 3, kind: 'REFLECTION' as const, start: '2025-01-20T10:00' };

describe('rescheduleKeepingPattern', () => {
  it('moves only that session, keeping its length, and leaves the weekly pattern of the rest', () => {
    const result = rescheduleKeepingPattern(sessions, week3Reflection, '2025-01-21T13:00');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const index = sessions.findIndex((s) => s.start === week3Reflection.start);
    expect(result.sessions[index]).toEqual({ week: 3, kind: 'REFLECTION', start: '2025-01-21T13:00', end: '2025-01-21T14:00' });
    // every other session is unchanged and in place; later reflections stay on Monday 10:00
    expect(result.sessions.filter((_, i) => i !== index)).toEqual(sessions.filter((_, i) => i !== index));
    expect(result.sessions.filter((s) => s.kind === 'REFLECTION' && s.week > 3).map((s) => s.start.slice(11))).toEqual(Array(5).fill('10:00'));
  });

  it('allows a move that ends exactly when another session starts', () => {
    // Tuesday 09:00–10:00 ends as the dialogue 10:00–11:30 begins
    const result = rescheduleKeepingPattern(sessions, week3Reflection, '2025-01-21T09:00');
    expect(result.ok).toBe(true);
  });

  it.each<[string, string, RescheduleConstraints, RescheduleRejection]>([
    ['into the next week', '2025-01-27T10:00', {}, 'OUTSIDE_WEEK'],
    ['into the previous week', '2025-01-17T10:00', {}, 'OUTSIDE_WEEK'],
    ['past the end of the working day', '2025-01-21T16:30', {}, 'OUTSIDE_WORKING_HOURS'], // ends 17:30
    ['before the working day', '2025-01-21T08:00', {}, 'OUTSIDE_WORKING_HOURS'],
    ['to the Saturday of the same week', '2025-01-25T10:00', {}, 'OUTSIDE_WORKING_HOURS'],
    ['onto a holiday', '2025-01-22T10:00', { holidays: ['2025-01-22'] }, 'HOLIDAY'],
    ['over another session', '2025-01-21T11:00', {}, 'CONFLICT'], // 11:00–12:00 overlaps 10:00–11:30
    ['over a busy interval', '2025-01-22T12:30', { busy: [{ start: '2025-01-22T12:00', end: '2025-01-22T13:00' }] }, 'CONFLICT'],
  ])('refuses a move %s', (_name, newStart, constraints, reason) => {
    expect(rescheduleKeepingPattern(sessions, week3Reflection, newStart, constraints)).toEqual({ ok: false, reason });
  });

  it('honours custom working hours', () => {
    const result = rescheduleKeepingPattern(sessions, week3Reflection, '2025-01-21T17:30', { dayEnd: '19:00' });
    expect(result.ok).toBe(true);
  });

  it('rejects an unknown session as a programmer error', () => {
    expect(() => rescheduleKeepingPattern(sessions, { ...week3Reflection, start: '2025-01-20T11:00' }, '2025-01-21T13:00')).toThrow(RangeError);
  });
});
