import { easterSunday } from './easter';
import { addDays, isoWeekday } from './iso-date';
import { holidayTest, type PublicHoliday } from './public-holiday';

/**
 * The general public holidays of art. 3 Algemene termijnenwet, the list that extends
 * statutory deadlines. Goede Vrijdag is not on it (only in some collective agreements).
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const kingsDay = `${year}-04-27`;
  return [
    { date: `${year}-01-01`, name: 'Nieuwjaarsdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    // Koningsdag moves to Saturday 26 April when the 27th is a Sunday.
    { date: isoWeekday(kingsDay) === 7 ? `${year}-04-26` : kingsDay, name: 'Koningsdag' },
    { date: `${year}-05-05`, name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: `${year}-12-25`, name: 'Eerste Kerstdag' },
    { date: `${year}-12-26`, name: 'Tweede Kerstdag' },
  ];
}

export const isDutchPublicHoliday = holidayTest(dutchPublicHolidays);
