import { contentOfDraft, draftFromVersion, emptyHours, emptyItem, fieldAsShown, problemsOfDraft, type PlanDraft } from './plan-draft';

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
