import { generateProgramme } from './generate-programme';
import { toMinutes } from './local-date-time';
import { weeklyProgrammeMinutes } from './programme-options';
import type { ProgrammeRequest, ProgrammeSession, UnplacedSession } from './types';

// 2025-01-06 is a Monday. Reflection on Monday, dialogues on Tuesday and Thursday, at 10:00.
const base: ProgrammeRequest = {
  startDate: '2025-01-06',
  reflectionWeekday: 1,
  dialogueWeekdays: [2, 4],
  startTime: '10:00',
};

const session = (week: number, kind: ProgrammeSession['kind'], start: string, end: string): ProgrammeSession => ({
  week,
  kind,
  start,
  end,
});

describe('generateProgramme', () => {
  it('plans one reflection and two dialogues a week for 8 weeks', () => {
    const { sessions, unplaced } = generateProgramme(base);
    expect(unplaced).toEqual([]);
    expect(sessions).toHaveLength(24); // 8 weeks × 3
    expect(sessions.slice(0, 3)).toEqual([
      session(1, 'REFLECTION', '2025-01-06T10:00', '2025-01-06T11:00'), // 60 minutes
      session(1, 'DIALOGUE', '2025-01-07T10:00', '2025-01-07T11:30'), // 90 minutes
      session(1, 'DIALOGUE', '2025-01-09T10:00', '2025-01-09T11:30'),
    ]);
    // week 8 starts 7 × 7 = 49 days after 2025-01-06: Monday 2025-02-24
    expect(sessions.slice(21)).toEqual([
      session(8, 'REFLECTION', '2025-02-24T10:00', '2025-02-24T11:00'),
      session(8, 'DIALOGUE', '2025-02-25T10:00', '2025-02-25T11:30'),
      session(8, 'DIALOGUE', '2025-02-27T10:00', '2025-02-27T11:30'),
    ]);
  });

  it('books about 4 hours a week: 60 + 2 × 90 = 240 minutes', () => {
    const week1 = generateProgramme(base).sessions.filter((s) => s.week === 1);
    const minutes = week1.reduce((sum, s) => sum + toMinutes(s.end) - toMinutes(s.start), 0);
    expect(minutes).toBe(240);
    expect(weeklyProgrammeMinutes()).toBe(240);
    expect(weeklyProgrammeMinutes({ reflection: 45, dialogue: 60 })).toBe(165); // 45 + 2 × 60
  });

  it.each<[string, Partial<ProgrammeRequest>, number, ProgrammeSession[], UnplacedSession[]]>([
    [
      'a busy interval moves the session later that day, in hour steps',
      // 10:00–11:30 overlaps 09:30–11:00; 11:00–12:30 starts when the busy interval ends
      { busy: [{ start: '2025-01-07T09:30', end: '2025-01-07T11:00' }] },
      1,
      [
        session(1, 'REFLECTION', '2025-01-06T10:00', '2025-01-06T11:00'),
        session(1, 'DIALOGUE', '2025-01-07T11:00', '2025-01-07T12:30'),
        session(1, 'DIALOGUE', '2025-01-09T10:00', '2025-01-09T11:30'),
      ],
      [],
    ],
    [
      'a fully busy day moves the session to the next workday from 09:00',
      { busy: [{ start: '2025-01-07T09:00', end: '2025-01-07T17:00' }] },
      1,
      [
        session(1, 'REFLECTION', '2025-01-06T10:00', '2025-01-06T11:00'),
        session(1, 'DIALOGUE', '2025-01-08T09:00', '2025-01-08T10:30'),
        session(1, 'DIALOGUE', '2025-01-09T10:00', '2025-01-09T11:30'),
      ],
      [],
    ],
    [
      'a holiday (Easter Monday 2025-04-21) moves the reflection to Tuesday 09:00',
      // start 2025-04-07: week 3 begins 14 days later, on 2025-04-21
      { startDate: '2025-04-07', holidays: ['2025-04-21'] },
      3,
      [
        session(3, 'REFLECTION', '2025-04-22T09:00', '2025-04-22T10:00'),
        session(3, 'DIALOGUE', '2025-04-22T10:00', '2025-04-22T11:30'), // back to back is no conflict
        session(3, 'DIALOGUE', '2025-04-24T10:00', '2025-04-24T11:30'),
      ],
      [],
    ],
    [
      'a mid-week start date: earlier days of week 1 are not used',
      // start Wednesday 2025-01-08: reflection (Mon) → Wed 09:00; dialogue (Tue) → Wed, 09:00 taken, 10:00
      { startDate: '2025-01-08' },
      1,
      [
        session(1, 'REFLECTION', '2025-01-08T09:00', '2025-01-08T10:00'),
        session(1, 'DIALOGUE', '2025-01-08T10:00', '2025-01-08T11:30'),
        session(1, 'DIALOGUE', '2025-01-09T10:00', '2025-01-09T11:30'),
      ],
      [],
    ],
    [
      'two dialogues on the same day do not overlap',
      // second dialogue: 10:00 and 11:00 overlap 10:00–11:30, 12:00 is free
      { dialogueWeekdays: [2, 2] },
      1,
      [
        session(1, 'REFLECTION', '2025-01-06T10:00', '2025-01-06T11:00'),
        session(1, 'DIALOGUE', '2025-01-07T10:00', '2025-01-07T11:30'),
        session(1, 'DIALOGUE', '2025-01-07T12:00', '2025-01-07T13:30'),
      ],
      [],
    ],
    [
      'a session that would end after 17:00 moves to the next workday',
      // reflection 16:00–17:00 fits; a dialogue 16:00–17:30 does not
      { startTime: '16:00' },
      1,
      [
        session(1, 'REFLECTION', '2025-01-06T16:00', '2025-01-06T17:00'),
        session(1, 'DIALOGUE', '2025-01-08T09:00', '2025-01-08T10:30'),
        session(1, 'DIALOGUE', '2025-01-10T09:00', '2025-01-10T10:30'),
      ],
      [],
    ],
    [
      'with Thursday and Friday taken the dialogue moves back to the first free slot earlier in the week',
      // Monday 09:00–10:30 overlaps the reflection at 10:00; 11:00 is free
      { busy: [{ start: '2025-01-09T00:00', end: '2025-01-11T00:00' }] },
      1,
      [
        session(1, 'REFLECTION', '2025-01-06T10:00', '2025-01-06T11:00'),
        session(1, 'DIALOGUE', '2025-01-06T11:00', '2025-01-06T12:30'),
        session(1, 'DIALOGUE', '2025-01-07T10:00', '2025-01-07T11:30'),
      ],
      [],
    ],
    [
      'a Friday holiday moves a Friday dialogue to Monday, not out of the week',
      // dialogues Tuesday and Friday; Friday 2025-01-10 a holiday → Monday, 11:00 after the reflection
      { dialogueWeekdays: [2, 5], holidays: ['2025-01-10'] },
      1,
      [
        session(1, 'REFLECTION', '2025-01-06T10:00', '2025-01-06T11:00'),
        session(1, 'DIALOGUE', '2025-01-06T11:00', '2025-01-06T12:30'),
        session(1, 'DIALOGUE', '2025-01-07T10:00', '2025-01-07T11:30'),
      ],
      [],
    ],
    [
      'a session without a free slot in its week is reported, not dropped',
      { busy: [{ start: '2025-01-06T00:00', end: '2025-01-11T00:00' }] }, // the whole week
      1,
      [],
      [
        { week: 1, kind: 'REFLECTION', preferredStart: '2025-01-06T10:00', reason: 'NO_FREE_SLOT' },
        { week: 1, kind: 'DIALOGUE', preferredStart: '2025-01-07T10:00', reason: 'NO_FREE_SLOT' },
        { week: 1, kind: 'DIALOGUE', preferredStart: '2025-01-09T10:00', reason: 'NO_FREE_SLOT' },
      ],
    ],
  ])('%s', (_name, overrides, week, expectedSessions, expectedUnplaced) => {
    const { sessions, unplaced } = generateProgramme({ ...base, ...overrides });
    expect(sessions.filter((s) => s.week === week)).toEqual(expectedSessions);
    expect(unplaced).toEqual(expectedUnplaced);
  });

  it('honours a different number of weeks and session lengths', () => {
    const { sessions } = generateProgramme({ ...base, weeks: 2, sessionMinutes: { reflection: 45, dialogue: 60 } });
    expect(sessions).toHaveLength(6); // 2 weeks × 3
    expect(sessions[0]).toEqual(session(1, 'REFLECTION', '2025-01-06T10:00', '2025-01-06T10:45'));
  });

  it.each<[string, Partial<ProgrammeRequest>]>([
    ['a weekend day', { reflectionWeekday: 6 as never }],
    ['a start time before working hours', { startTime: '08:00' }],
    ['a start time at the end of working hours', { startTime: '17:00' }],
    ['an invalid holiday', { holidays: ['2025-02-30'] }],
    ['a busy interval ending before it starts', { busy: [{ start: '2025-01-07T12:00', end: '2025-01-07T11:00' }] }],
    ['zero weeks', { weeks: 0 }],
    ['a working day that ends before it starts', { dayStart: '17:00', dayEnd: '09:00' }],
  ])('rejects %s', (_name, overrides) => {
    expect(() => generateProgramme({ ...base, ...overrides })).toThrow(RangeError);
  });
});
