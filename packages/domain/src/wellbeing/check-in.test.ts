import { resourcesScore, validateCheckIn, type CheckInScores } from './check-in';

const scores: CheckInScores = { energy: 6, mood: 7, sleep: 5, demands: 6, autonomy: 7, recognition: 5, socialSupport: 9 };

describe('validateCheckIn', () => {
  it.each<[string, Record<string, unknown>, [string, string][]]>([
    ['all scores 1..10', {}, []],
    ['the bounds 1 and 10 are allowed', { energy: 1, mood: 10 }, []],
    ['0 is below the scale', { sleep: 0 }, [['sleep', 'OUT_OF_RANGE']]],
    ['11 is above the scale', { demands: 11 }, [['demands', 'OUT_OF_RANGE']]],
    ['half points are not allowed', { autonomy: 6.5 }, [['autonomy', 'NOT_AN_INTEGER']]],
    ['a missing score is named', { socialSupport: undefined }, [['socialSupport', 'NOT_AN_INTEGER']]],
    ['a string is no score', { recognition: '7' }, [['recognition', 'NOT_AN_INTEGER']]],
    [
      'every broken field is reported',
      { energy: 0, mood: 12 },
      [
        ['energy', 'OUT_OF_RANGE'],
        ['mood', 'OUT_OF_RANGE'],
      ],
    ],
  ])('%s', (_, override, expected) => {
    expect(validateCheckIn({ ...scores, ...override }).map((v) => [v.field, v.code])).toEqual(expected);
  });
});

describe('resourcesScore', () => {
  it.each<[Partial<CheckInScores>, number]>([
    [{}, 7], // (7 + 5 + 9) / 3
    [{ autonomy: 10, recognition: 10, socialSupport: 10 }, 10],
    [{ autonomy: 4, recognition: 4, socialSupport: 5 }, 13 / 3],
  ])('resources of %o are %d', (override, expected) => {
    expect(resourcesScore({ ...scores, ...override })).toBeCloseTo(expected);
  });
});
