import { adviceWarningsOfDraft, contentOfDraft, draftFromVersion, emptyHours, emptyItem, fieldAsShown, problemsOfDraft, type PlanDraft } from './plan-draft';

const saved = {
  goals: [{ description: 'Weer vier dagen werken', deadline: '2026-12-31' }],
  activities: [{ description: 'Wekelijks gesprek', deadline: '2026-12-01' }],
  contactPerson: 'Mark',
  evaluationEveryWeeks: 6,
  hourAgreements: [
    {
      weekStart: '2026-11-23',
      hoursPerWeek: 12,
      homeHours: 4,
      locationHours: 8,
      tasksToStartWith: ['Post', 'Overleg'],
      tasksTooMuch: ['Klanten'],
      therapeutic: true,
    },
  ],
  contactAgreement: { frequency: 'WEEKLY' as const, weekday: 2, time: '09:30', mode: 'PHONE' as const, purpose: 'INFORM' as const, meetingPlace: null },
};

describe('the plan editor draft', () => {
  it('round-trips a saved version, tasks still too much and therapeutic work included', () => {
    const content = contentOfDraft(draftFromVersion(saved));
    expect(content).toEqual({ ...saved, hourAgreements: [{ ...saved.hourAgreements[0] }] });
    expect(problemsOfDraft(draftFromVersion(saved))).toEqual({});
  });

  it('sends the tasks still too much one per line, blank lines left out', () => {
    const draft = draftFromVersion(saved);
    draft.hourAgreements[0] = { ...draft.hourAgreements[0], tasksTooMuch: 'Klanten\n\n  Avonddiensten  ', therapeutic: false };
    expect(contentOfDraft(draft).hourAgreements[0]).toMatchObject({ tasksTooMuch: ['Klanten', 'Avonddiensten'], therapeutic: false });
  });

  it('starts a new plan with one empty goal and activity, which are not sent while blank', () => {
    const draft = draftFromVersion(null);
    expect(draft.goals).toEqual([emptyItem()]);
    expect(contentOfDraft(draft)).toMatchObject({ goals: [], activities: [], contactPerson: null, evaluationEveryWeeks: 6, contactAgreement: null });
    expect(problemsOfDraft(draft)).toEqual({});
  });

  it('names every problem by the field as shown, with the rules the service applies', () => {
    const draft: PlanDraft = {
      ...draftFromVersion(saved),
      goals: [emptyItem(), { description: 'Halve dagen', deadline: '' }],
      evaluationEveryWeeks: '40',
      hourAgreements: [{ ...emptyHours(), weekStart: '2026-11-24', hoursPerWeek: '10', homeHours: '2', locationHours: '2' }],
      contact: { frequency: 'WEEKLY', weekday: '', time: '9 uur', mode: '', purpose: 'INFORM', meetingPlace: '' },
    };
    expect(problemsOfDraft(draft)).toEqual({
      'goals[1].deadline': 'NOT_A_DATE',
      evaluationEveryWeeks: 'OUT_OF_RANGE',
      'hourAgreements[0].weekStart': 'NOT_A_MONDAY',
      'contactAgreement.mode': 'REQUIRED',
    });
    expect(fieldAsShown(draft, 'goals[0].description')).toBe('goals[1].description');
    expect(fieldAsShown(draft, 'contactPerson')).toBe('contactPerson');
  });

  it('checks that home and location hours add up, and reads a decimal comma', () => {
    const draft = {
      ...draftFromVersion(saved),
      hourAgreements: [{ ...emptyHours(), weekStart: '2026-11-23', hoursPerWeek: '7,5', homeHours: '2,5', locationHours: '4' }],
    };
    expect(contentOfDraft(draft).hourAgreements[0].hoursPerWeek).toBe(7.5);
    expect(problemsOfDraft(draft)).toEqual({ 'hourAgreements[0].locationHours': 'SPLIT_MISMATCH' });
  });
});

describe('adviceWarningsOfDraft', () => {
  const phases = (rows: [string, string][]): PlanDraft => ({
    ...draftFromVersion(null),
    hourAgreements: rows.map(([weekStart, hoursPerWeek]) => ({ ...emptyHours(), weekStart, hoursPerWeek })),
  });
  const advice = { maxHoursPerWeek: 20, maxIncreasePerWeek: 4 };

  // prettier-ignore
  const cases: [string, [string, string][], [number, string, number, number][]][] = [
    ['within the advice: nothing', [['2026-11-23', '8'], ['2026-11-30', '12']], []],
    // 8 → 32 on 7 Dec: a rise of 24 (step 4) and 32 above 20; the ceiling is said once for the phase, not for every week.
    ['a jump and a ceiling, in the phase where they happen', [['2026-11-23', '8'], ['2026-12-07', '32'], ['2026-12-21', '32']],
      [[1, 'INCREASE', 24, 4], [1, 'CEILING', 32, 20], [2, 'CEILING', 32, 20]]],
    // A phase still being typed (no date, no hours) is left out until it is complete.
    ['incomplete phases wait', [['2026-11-23', '8'], ['', '40'], ['2026-11-30', '']], []],
    ['a decimal comma is read', [['2026-11-23', '8'], ['2026-11-30', '12,5']], [[1, 'INCREASE', 4.5, 4]]],
  ];

  it.each(cases)('%s', (_name, rows, expected) => {
    const found = [...adviceWarningsOfDraft(phases(rows), advice)].flatMap(([index, list]) => list.map((w) => [index, w.reason, w.hours, w.limit]));
    expect(found).toEqual(expected);
  });

  it('warns of nothing without advice', () => {
    expect(
      adviceWarningsOfDraft(
        phases([
          ['2026-11-23', '8'],
          ['2026-11-30', '40'],
        ]),
        null,
      ).size,
    ).toBe(0);
  });
});
