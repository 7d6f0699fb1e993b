import { easterSunday } from './easter';
import { addDays } from './iso-date';
import { holidayTest, type PublicHoliday } from './public-holiday';

/** The ten statutory public holidays of the Royal Decree of 18 April 1974. */
export function belgianPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  return [
    { date: `${year}-01-01`, name: 'Nieuwjaar' },
    { date: addDays(easter, 1), name: 'Paasmaandag' },
    { date: `${year}-05-01`, name: 'Feest van de Arbeid' },
    { date: addDays(easter, 39), name: 'Onze-Lieve-Heer-Hemelvaart' },
    { date: addDays(easter, 50), name: 'Pinkstermaandag' },
    { date: `${year}-07-21`, name: 'Nationale feestdag' },
    { date: `${year}-08-15`, name: 'Onze-Lieve-Vrouw-Hemelvaart' },
    { date: `${year}-11-01`, name: 'Allerheiligen' },
    { date: `${year}-11-11`, name: 'Wapenstilstand' },
    { date: `${year}-12-25`, name: 'Kerstmis' },
  ];
}

export const isBelgianPublicHoliday = holidayTest(belgianPublicHolidays);
