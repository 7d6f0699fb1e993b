import type { IsoDate } from './iso-date';

export interface PublicHoliday {
  date: IsoDate;
  name: string;
}

/**
 * Whether a date is one of the calendar's holidays, each year's dates computed once:
 * deadlines ask about every day they count, tens of thousands of times in an import.
 */
export function holidayTest(holidaysOf: (year: number) => PublicHoliday[]): (date: IsoDate) => boolean {
  const datesByYear = new Map<number, ReadonlySet<IsoDate>>();
  return (date) => {
    const year = Number(date.slice(0, 4));
    let dates = datesByYear.get(year);
    if (!dates) {
      dates = new Set(holidaysOf(year).map((holiday) => holiday.date));
      datesByYear.set(year, dates);
    }
    return dates.has(date);
  };
}
