import { draftOf, inputOf } from './relapse-plan-draft';

describe('relapse-plan draft', () => {
  const latest = {
    normalisationStatement: 'Een dip mag.',
    signals: [{ id: 's1', description: 'Ik slaap slechter', actions: ['Eerder naar bed', 'Minder schermen'], asks: [] }],
  };

  it('starts a new plan with one empty signal and the suggested statement', () => {
    expect(draftOf(null, 'Een dip hoort erbij.')).toEqual({
      normalisationStatement: 'Een dip hoort erbij.',
      signals: [{ id: null, description: '', actions: '', asks: '' }],
    });
  });

  it('round-trips a version, one list item per line', () => {
    expect(inputOf(draftOf(latest, ''))).toEqual(latest);
  });

  it('drops empty lines and trims items', () => {
    const draft = { normalisationStatement: 'x', signals: [{ id: null, description: 'Kortaf', actions: ' Wandelen \n\n', asks: '\nExtra gesprek\n' }] };
    expect(inputOf(draft).signals).toEqual([{ id: null, description: 'Kortaf', actions: ['Wandelen'], asks: ['Extra gesprek'] }]);
  });
});
