import { bandScale, extent, linePath, linearScale, niceStep, niceTicks, polygonPath, regionsAbove, spreadLabels, stack } from './scale.js';

describe('linearScale', () => {
  it('maps domain onto range, also inverted like an SVG y axis', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(150);
  });

  it('puts everything in the middle for a zero-width domain', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('extent', () => {
  it('skips gaps', () => {
    expect(extent([3, null, 8, undefined, 1])).toEqual([1, 8]);
  });

  it('is undefined without values', () => {
    expect(extent([null, null])).toBeUndefined();
  });
});

describe('niceStep and niceTicks', () => {
  it('picks 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(100, 4)).toBe(25);
    expect(niceStep(0.9, 3)).toBe(0.5);
    expect(niceStep(70, 5)).toBe(20);
  });

  it('covers the data with round values', () => {
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(1, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(3, 37)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(0, 2, 5, 1)).toEqual([0, 1, 2]);
  });

  it('keeps decimals exact', () => {
    expect(niceTicks(0.1, 0.9, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('widens a single value and accepts reversed bounds', () => {
    expect(niceTicks(0, 0)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(niceTicks(10, 0)).toEqual(niceTicks(0, 10));
  });
});

describe('bandScale', () => {
  it('splits the range into padded bands', () => {
    const bands = bandScale(4, [0, 400], 0.5);
    expect(bands.bandwidth).toBe(50);
    expect(bands.start(0)).toBe(25);
    expect(bands.start(3)).toBe(325);
  });
});

describe('linePath and polygonPath', () => {
  it('leaves a gap where a point is missing', () => {
    expect(linePath([[0, 0], [1, 2], null, [3, 4], [4.123, 5]])).toBe('M0,0L1,2M3,4L4.12,5');
  });

  it('closes polygons', () => {
    expect(
      polygonPath([
        [0, 0],
        [1, 0],
        [1, 1],
      ]),
    ).toBe('M0,0L1,0L1,1Z');
    expect(polygonPath([])).toBe('');
  });
});

describe('regionsAbove', () => {
  it('finds where demands exceed resources, with the crossings interpolated', () => {
    const demands = [2, 6, 6, 2];
    const resources = [4, 4, 4, 4];
    expect(regionsAbove(demands, resources)).toEqual([
      [
        [0.5, 4],
        [1, 6],
        [2, 6],
        [2.5, 4],
        [2, 4],
        [1, 4],
      ],
    ]);
  });

  it('keeps a region open to the end and splits at gaps', () => {
    const regions = regionsAbove([5, 5, null, 5, 5], [1, 1, 1, 1, 1]);
    expect(regions).toHaveLength(2);
    expect(regions[0]).toEqual([
      [0, 5],
      [1, 5],
      [1, 1],
      [0, 1],
    ]);
  });

  it('is empty when a never exceeds b', () => {
    expect(regionsAbove([1, 2, 3], [1, 2, 3])).toEqual([]);
  });
});

describe('stack', () => {
  it('stacks series per category', () => {
    expect(
      stack(
        [
          [1, 2],
          [3, 4],
        ],
        2,
      ),
    ).toEqual([
      [
        [0, 1],
        [1, 4],
      ],
      [
        [0, 2],
        [2, 6],
      ],
    ]);
  });
});

describe('spreadLabels', () => {
  it('pushes overlapping labels apart and keeps the input order', () => {
    expect(spreadLabels([100, 95, 200], 14, [0, 300])).toEqual([109, 95, 200]);
  });

  it('stays within the bounds', () => {
    expect(spreadLabels([290, 295], 14, [0, 300])).toEqual([286, 300]);
  });
});
