import { actionsForSignals, asksForSignals, type SignalPlan } from './signal-plan';

const plan: SignalPlan = {
  signals: [
    {
      id: 'sleep',
      description: 'Ik lig wakker van werk',
      actions: ['Werkmail uit na 18:00', 'Wandelen in de lunch'],
      asks: ['Geen mail van mijn leidinggevende na 18:00'],
    },
    {
      id: 'irritable',
      description: 'Ik reageer kortaf op collega’s',
      actions: ['Overleg met leidinggevende', 'Wandelen in de lunch'],
      asks: ['Een extra gesprek met de coach'],
    },
    { id: 'skipping', description: 'Ik sla pauzes over', actions: ['Pauzes in de agenda'], asks: ['Een extra gesprek met de coach'] },
  ],
};

describe('actionsForSignals', () => {
  it.each<[string, string[], string[]]>([
    ['nothing noticed, nothing to do', [], []],
    ['one signal gives its actions', ['skipping'], ['Pauzes in de agenda']],
    [
      'a shared action appears once, at its first place in the plan',
      ['irritable', 'sleep'],
      ['Werkmail uit na 18:00', 'Wandelen in de lunch', 'Overleg met leidinggevende'],
    ],
    ['unknown signal ids are ignored', ['tired', 'skipping'], ['Pauzes in de agenda']],
  ])('%s', (_, noticed, expected) => {
    expect(actionsForSignals(plan, noticed)).toEqual(expected);
  });
});

describe('asksForSignals', () => {
  it.each<[string, string[], string[]]>([
    ['nothing noticed, nothing asked', [], []],
    ['one signal gives what it asks of others', ['sleep'], ['Geen mail van mijn leidinggevende na 18:00']],
    ['a shared request appears once', ['skipping', 'irritable'], ['Een extra gesprek met de coach']],
  ])('%s', (_, noticed, expected) => {
    expect(asksForSignals(plan, noticed)).toEqual(expected);
  });
});
