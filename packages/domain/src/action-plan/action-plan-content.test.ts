import { validateActionPlanContent, type ActionPlanContent, type HourAgreement } from './action-plan-content';

const phase = (weekStart: string, hoursPerWeek: number, homeHours = 0): HourAgreement => ({
  weekStart,
  hoursPerWeek,
  homeHours,
  locationHours: hoursPerWeek - homeHours,
  tasksToStartWith: ['planning'],
  tasksTooMuch: ['nachtdiensten'],
  therapeutic: false,
});

const valid = {
  activities: [{ description: 'Gesprek met de coach', deadline: '2026-03-02' }],
  goals: [{ description: 'Drie ochtenden per week werken', deadline: '2026-04-13' }],
  contactPerson: 'Mark Jansen',
  evaluationEveryWeeks: 6,
  hourAgreements: [phase('2026-03-02', 8, 4), phase('2026-03-16', 12), phase('2026-03-30', 16)],
  contactAgreement: { frequency: 'WEEKLY', weekday: 1, time: '09:30', mode: 'PHONE', purpose: 'INFORM', meetingPlace: 'OFFICE' },
} satisfies ActionPlanContent;

describe('validateActionPlanContent', () => {
  it.each<[string, Partial<ActionPlanContent>, [string, string][]]>([
    ['a complete plan', {}, []],
    ['an empty draft', { activities: [], goals: [], contactPerson: null, hourAgreements: [], contactAgreement: null }, []],
    ['an empty goal', { goals: [{ description: '  ', deadline: '2026-04-13' }] }, [['goals[0].description', 'EMPTY']]],
    ['a deadline that is no date', { activities: [{ description: 'x', deadline: 'next week' }] }, [['activities[0].deadline', 'NOT_A_DATE']]],
    ['an impossible date', { goals: [{ description: 'x', deadline: '2026-02-30' }] }, [['goals[0].deadline', 'NOT_A_DATE']]],
    [
      'hours per week above the maximum',
      { hourAgreements: [phase('2026-03-02', 61)] },
      [
        ['hourAgreements[0].hoursPerWeek', 'OUT_OF_RANGE'],
        ['hourAgreements[0].locationHours', 'OUT_OF_RANGE'],
      ],
    ],
    ['negative hours', { hourAgreements: [{ ...phase('2026-03-02', 8), homeHours: -1, locationHours: 9 }] }, [['hourAgreements[0].homeHours', 'OUT_OF_RANGE']]],
    [
      'home and location not adding up',
      { hourAgreements: [{ ...phase('2026-03-02', 8), homeHours: 2, locationHours: 2 }] },
      [['hourAgreements[0].locationHours', 'SPLIT_MISMATCH']],
    ],
    ['a phase not starting on Monday', { hourAgreements: [phase('2026-03-03', 8)] }, [['hourAgreements[0].weekStart', 'NOT_A_MONDAY']]],
    ['phases out of order', { hourAgreements: [phase('2026-03-16', 8), phase('2026-03-02', 12)] }, [['hourAgreements[1].weekStart', 'NOT_ASCENDING']]],
    ['the same week twice', { hourAgreements: [phase('2026-03-02', 8), phase('2026-03-02', 12)] }, [['hourAgreements[1].weekStart', 'NOT_ASCENDING']]],
    ['an empty task', { hourAgreements: [{ ...phase('2026-03-02', 8), tasksTooMuch: [''] }] }, [['hourAgreements[0].tasksTooMuch[0]', 'EMPTY']]],
    ['evaluation every 0 weeks', { evaluationEveryWeeks: 0 }, [['evaluationEveryWeeks', 'OUT_OF_RANGE']]],
    ['evaluation every 27 weeks', { evaluationEveryWeeks: 27 }, [['evaluationEveryWeeks', 'OUT_OF_RANGE']]],
    ['evaluation every 4.5 weeks', { evaluationEveryWeeks: 4.5 }, [['evaluationEveryWeeks', 'OUT_OF_RANGE']]],
    ['an empty contact person', { contactPerson: ' ' }, [['contactPerson', 'EMPTY']]],
    ['weekday 8', { contactAgreement: { ...valid.contactAgreement, weekday: 8 } }, [['contactAgreement.weekday', 'OUT_OF_RANGE']]],
    ['time 25:00', { contactAgreement: { ...valid.contactAgreement, time: '25:00' } }, [['contactAgreement.time', 'NOT_A_TIME']]],
    ['no weekday or time fixed', { contactAgreement: { ...valid.contactAgreement, weekday: null, time: null } }, []],
    [
      'every broken field is reported',
      { goals: [{ description: '', deadline: 'x' }], evaluationEveryWeeks: 0 },
      [
        ['goals[0].description', 'EMPTY'],
        ['goals[0].deadline', 'NOT_A_DATE'],
        ['evaluationEveryWeeks', 'OUT_OF_RANGE'],
      ],
    ],
  ])('%s', (_, override, expected) => {
    expect(validateActionPlanContent({ ...valid, ...override }).map((v) => [v.field, v.code])).toEqual(expected);
  });
});
