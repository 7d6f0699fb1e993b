import { formatDateText, parseDateText } from './date-text.js';

describe('parseDateText', () => {
  it.each([
    ['4-12-2026', '2026-12-04'],
    ['04-12-2026', '2026-12-04'],
    ['4/12/2026', '2026-12-04'],
    ['4.12.2026', '2026-12-04'],
    [' 29-2-2028 ', '2028-02-29'],
    ['2026-12-04', '2026-12-04'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each(['', '12-2026', '31-11-2026', '29-2-2027', '2026-13-01', '12/04/26', 'morgen'])('refuses %j', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe('formatDateText', () => {
  it('writes day-month-year, and leaves what it does not know', () => {
    expect(formatDateText('2026-12-04')).toBe('04-12-2026');
    expect(formatDateText('')).toBe('');
  });
});
