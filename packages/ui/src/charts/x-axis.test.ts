import { labelStep } from './x-axis.js';

const weeks = (n: number, label: string) => Array.from({ length: n }, () => label);

describe('labelStep', () => {
  it('shows every label when they fit', () => {
    expect(labelStep(weeks(6, 'jan'), 484, 12)).toBe(1);
  });

  it('skips labels so long dates never overlap: 12 weeks of "12 oktober 2026" on the 484-unit plot', () => {
    // 15 characters × 12 × 0.6 + 10 = 118 units per label; the categories are 44 units apart.
    expect(labelStep(weeks(12, '12 oktober 2026'), 484, 12)).toBe(3);
    // Drawn at 20 units on a phone: 190 units, every fifth.
    expect(labelStep(weeks(12, '12 oktober 2026'), 484, 20)).toBe(5);
  });

  it('never shows more than the maximum, and copes with one or no category', () => {
    expect(labelStep(weeks(48, '1'), 484, 12, 12)).toBe(4);
    expect(labelStep(weeks(1, '12 oktober 2026'), 484, 12)).toBe(1);
    expect(labelStep([], 484, 12)).toBe(1);
  });
});
