import { seriesStats } from './summary.js';

describe('seriesStats', () => {
  it('summarises a series and skips gaps', () => {
    expect(seriesStats([4, null, 7, 3, 7])).toEqual({
      first: 4,
      last: 7,
      min: 3,
      max: 7,
      maxIndex: 2,
      total: 21,
      count: 4,
    });
  });

  it('is undefined without data', () => {
    expect(seriesStats([null])).toBeUndefined();
  });
});
