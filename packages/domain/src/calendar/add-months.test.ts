import { addMonths } from './add-months';

describe('addMonths', () => {
  it.each([
    ['2024-01-15', 3, '2024-04-15'],
    ['2024-01-31', 1, '2024-02-29'], // leap February has 29 days: clamp
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-11-30', 3, '2025-02-28'], // across the year end, then clamp
    ['2024-05-31', 9, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-08-31', 6, '2025-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});
