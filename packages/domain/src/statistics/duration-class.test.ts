import { durationClass } from './duration-class';

describe('durationClass', () => {
  it.each([
    [1, '1-14'],
    [14, '1-14'],
    [15, '15-91'],
    [91, '15-91'],
    [92, '92-365'],
    [365, '92-365'],
    [366, '366-730'],
    [730, '366-730'],
    [731, '>730'],
  ])('%i days falls in %s', (days, expected) => {
    expect(durationClass(days)).toBe(expected);
  });

  it.each([0, -3, 1.5])('rejects %p days', (days) => {
    expect(() => durationClass(days)).toThrow(RangeError);
  });
});
