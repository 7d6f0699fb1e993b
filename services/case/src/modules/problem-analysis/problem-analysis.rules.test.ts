import { occasionOf, validateCapabilityProfile, type CapabilityProfileText } from './problem-analysis.rules';
import { ProblemAnalysisOccasion as Occasion } from './problem-analysis.types';

const profile: CapabilityProfileText = {
  possibilities: ['Werkt goed in een rustige omgeving'],
  limitations: ['Kan nog geen avonddiensten draaien'],
  expectedDuration: 'ongeveer drie maanden',
  advice: 'Start met korte dagdelen en bouw elke twee weken op.',
  employeeNeeds: 'Een vaste begintijd en een rustige werkplek',
};

describe('validateCapabilityProfile', () => {
  it.each<[string, Partial<CapabilityProfileText>, string[]]>([
    ['a complete profile', {}, []],
    ['no lists and no duration', { possibilities: [], limitations: [], expectedDuration: null }, []],
    ['an empty possibility', { possibilities: ['ok', ' '] }, ['possibilities[1]']],
    ['an empty limitation', { limitations: [''] }, ['limitations[0]']],
    ['empty advice', { advice: '' }, ['advice']],
    ['an empty expected duration', { expectedDuration: '  ' }, ['expectedDuration']],
    ['too long advice', { advice: 'x'.repeat(5001) }, ['advice']],
    ['no needs named', { employeeNeeds: null }, []],
    ['empty needs', { employeeNeeds: ' ' }, ['employeeNeeds']],
    ['too long needs', { employeeNeeds: 'x'.repeat(1001) }, ['employeeNeeds']],
  ])('%s', (_, override, fields) => {
    expect(validateCapabilityProfile({ ...profile, ...override }).map((v) => v.field)).toEqual(fields);
  });
});

describe('occasionOf', () => {
  it.each<[number, Occasion | null, Occasion | string]>([
    [0, null, Occasion.INITIAL],
    [0, Occasion.INITIAL, Occasion.INITIAL],
    [0, Occasion.RELAPSE, 'NOT_AN_UPDATE'],
    [1, Occasion.RELAPSE, Occasion.RELAPSE],
    [2, Occasion.CHANGE, Occasion.CHANGE],
    [1, null, 'UPDATE_NEEDS_OCCASION'],
    [1, Occasion.INITIAL, 'UPDATE_NEEDS_OCCASION'],
  ])('latest version %i, asked %s → %s', (latest, requested, expected) => {
    const result = occasionOf(latest, requested);
    expect(typeof result === 'string' ? result : result.code).toBe(expected);
  });
});
