import { changeStartsNewVersion, signalsOfDraft, validateRelapsePlanDraft, type RelapsePlanDraft } from './relapse-plan';

const signal = { description: 'Ik slaap slechter', actions: ['Eerder naar bed'], asks: ['Geen mail na 18:00'] };
const draft = (change: Partial<RelapsePlanDraft> = {}): RelapsePlanDraft => ({
  signals: [signal],
  normalisationStatement: 'Een dip mag; we bespreken hem zonder oordeel.',
  ...change,
});

describe('validateRelapsePlanDraft', () => {
  it.each<[string, RelapsePlanDraft, string[]]>([
    ['a complete plan is valid', draft(), []],
    ['asking nothing of others is allowed', draft({ signals: [{ ...signal, asks: [] }] }), []],
    ['a plan needs a signal', draft({ signals: [] }), ['signals:TOO_FEW']],
    ['a signal needs words', draft({ signals: [{ ...signal, description: '  ' }] }), ['signals[0].description:EMPTY']],
    ['a signal needs something the employee does', draft({ signals: [{ ...signal, actions: [] }] }), ['signals[0].actions:TOO_FEW']],
    ['an empty request is refused', draft({ signals: [{ ...signal, asks: [''] }] }), ['signals[0].asks[0]:EMPTY']],
    ['the normalisation is required', draft({ normalisationStatement: '' }), ['normalisationStatement:EMPTY']],
    ['text is limited', draft({ normalisationStatement: 'x'.repeat(2001) }), ['normalisationStatement:TOO_LONG']],
    ['signals are limited', draft({ signals: Array.from({ length: 21 }, () => signal) }), ['signals:TOO_MANY']],
    ['requests per signal are limited', draft({ signals: [{ ...signal, asks: Array.from({ length: 11 }, () => 'x') }] }), ['signals[0].asks:TOO_MANY']],
  ])('%s', (_, input, expected) => {
    expect(validateRelapsePlanDraft(input).map((v) => `${v.field}:${v.code}`)).toEqual(expected);
  });
});

describe('signalsOfDraft', () => {
  it('keeps known ids, gives new signals an id and trims the words', () => {
    const signals = signalsOfDraft(
      draft({
        signals: [
          { ...signal, id: 'known', description: ' Kortaf ' },
          { ...signal, id: null, actions: [' Wandelen '] },
        ],
      }),
      () => 'new',
    );
    expect(signals).toEqual([
      { id: 'known', description: 'Kortaf', actions: ['Eerder naar bed'], asks: ['Geen mail na 18:00'] },
      { id: 'new', description: 'Ik slaap slechter', actions: ['Wandelen'], asks: ['Geen mail na 18:00'] },
    ]);
  });
});

describe('changeStartsNewVersion', () => {
  it.each<[string, { agreedByEmployeeAt: Date | null } | undefined, boolean]>([
    ['the first save starts version 1', undefined, true],
    ['a draft nobody agreed to is rewritten', { agreedByEmployeeAt: null }, false],
    ['after the employee agreed, a change needs a new agreement', { agreedByEmployeeAt: new Date('2026-11-02T09:00:00Z') }, true],
  ])('%s', (_, latest, expected) => {
    expect(changeStartsNewVersion(latest)).toBe(expected);
  });
});
