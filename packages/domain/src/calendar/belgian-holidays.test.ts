import { isBelgianPublicHoliday } from './belgian-holidays';

describe('Belgian public holidays', () => {
  it.each([
    ['2026-01-01', true],
    ['2026-04-06', true], // Paasmaandag (Easter 5 April)
    ['2026-05-01', true],
    ['2026-05-14', true], // Hemelvaart
    ['2026-05-25', true], // Pinkstermaandag
    ['2026-07-21', true],
    ['2026-08-15', true],
    ['2026-11-01', true],
    ['2026-11-11', true],
    ['2026-12-25', true],
    ['2026-12-26', false], // no second Christmas day in Belgium
    ['2026-04-27', false], // Koningsdag is Dutch
  ])('%s is a holiday: %s', (date, expected) => {
    expect(isBelgianPublicHoliday(date)).toBe(expected);
  });
});
