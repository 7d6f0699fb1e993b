import { suppressBreakdown, suppressSmallGroup } from './small-groups';

describe('suppressSmallGroup', () => {
  it.each([
    [0, 5, true],
    [4, 5, true],
    [5, 5, false], // exactly the minimum is shown
    [12, 5, false],
    [9, 10, true],
    [10, 10, false],
  ])('a group of %i with minimum %i is suppressed: %s', (groupSize, minimum, suppressed) => {
    const result = suppressSmallGroup(4.2, groupSize, minimum);
    expect(result).toEqual(suppressed ? { suppressed: true, reason: 'GROUP_TOO_SMALL' } : { suppressed: false, value: 4.2 });
  });

  it('defaults to a minimum of 5', () => {
    expect(suppressSmallGroup('x', 4).suppressed).toBe(true);
    expect(suppressSmallGroup('x', 5).suppressed).toBe(false);
  });

  it.each([-1, 2.5, Number.NaN])('rejects group size %p', (groupSize) => {
    expect(() => suppressSmallGroup(1, groupSize)).toThrow(RangeError);
  });
});

describe('suppressBreakdown', () => {
  const shown = (value: number) => ({ suppressed: false, value });
  const tooSmall = { suppressed: true, reason: 'GROUP_TOO_SMALL' };
  const complementary = { suppressed: true, reason: 'COMPLEMENTARY' };

  it.each([
    ['nothing small: all shown', [20, 8, 6], [shown(0), shown(1), shown(2)]],
    // only C is small; B (8) is the next-smallest and goes too, so C ≠ total − A − B
    ['one small group: the next-smallest is suppressed too', [20, 8, 3], [shown(0), complementary, tooSmall]],
    ['two small groups: they protect each other', [20, 3, 4], [shown(0), tooSmall, tooSmall]],
    ['a tie for next-smallest takes the first', [7, 7, 2], [complementary, shown(1), tooSmall]],
    ['a single small group has no complement', [3], [tooSmall]],
    ['all small', [1, 2], [tooSmall, tooSmall]],
  ])('%s', (_name, sizes, expected) => {
    const cells = sizes.map((groupSize, i) => ({ key: `dept-${i}`, groupSize, value: i }));
    expect(suppressBreakdown(cells)).toEqual(expected.map((result, i) => ({ key: `dept-${i}`, result })));
  });

  it('honours a custom minimum', () => {
    const cells = [
      { key: 'a', groupSize: 12, value: 1 },
      { key: 'b', groupSize: 9, value: 2 },
      { key: 'c', groupSize: 30, value: 3 },
    ];
    expect(suppressBreakdown(cells, 10).map((c) => c.result)).toEqual([complementary, tooSmall, shown(3)]);
  });
});
