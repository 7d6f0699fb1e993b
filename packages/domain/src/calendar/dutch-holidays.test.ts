import { dutchPublicHolidays, isDutchPublicHoliday } from './dutch-holidays';

describe('Dutch public holidays', () => {
  it('lists 2025, when 27 April is a Sunday and Koningsdag moves to Saturday the 26th', () => {
    expect(dutchPublicHolidays(2025)).toEqual([
      { date: '2025-01-01', name: 'Nieuwjaarsdag' },
      { date: '2025-04-20', name: 'Eerste Paasdag' },
      { date: '2025-04-21', name: 'Tweede Paasdag' },
      { date: '2025-04-26', name: 'Koningsdag' },
      { date: '2025-05-05', name: 'Bevrijdingsdag' },
      { date: '2025-05-29', name: 'Hemelvaartsdag' }, // Easter + 39
      { date: '2025-06-08', name: 'Eerste Pinksterdag' }, // Easter + 49
      { date: '2025-06-09', name: 'Tweede Pinksterdag' },
      { date: '2025-12-25', name: 'Eerste Kerstdag' },
      { date: '2025-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it.each([
    ['2026-04-27', true], // Koningsdag on a Monday
    ['2026-04-26', false], // the Sunday before is not Koningsdag in 2026
    ['2014-04-26', true], // 27 April 2014 was a Sunday
    ['2026-04-03', false], // Goede Vrijdag is no general day off
    ['2026-04-06', true], // Tweede Paasdag (Easter 5 April)
    ['2026-05-14', true], // Hemelvaartsdag
    ['2026-05-25', true], // Tweede Pinksterdag
    ['2024-04-01', true], // Tweede Paasdag (Easter 31 March)
    ['2024-05-09', true], // Hemelvaartsdag
    ['2026-05-05', true], // Bevrijdingsdag, every year per the Algemene termijnenwet
    ['2026-12-26', true],
    ['2026-12-24', false],
  ])('%s is a holiday: %s', (date, expected) => {
    expect(isDutchPublicHoliday(date)).toBe(expected);
  });
});
