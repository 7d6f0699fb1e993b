import type { Jurisdiction } from '../case/jurisdiction';
import { isBelgianPublicHoliday } from './belgian-holidays';
import { isDutchPublicHoliday } from './dutch-holidays';
import { addDays, isWeekend, type IsoDate } from './iso-date';

/** The public holidays a jurisdiction keeps. */
export type HolidayCalendar = Jurisdiction;

const IS_HOLIDAY: Record<HolidayCalendar, (date: IsoDate) => boolean> = {
  NL: isDutchPublicHoliday,
  BE: isBelgianPublicHoliday,
};

/** Monday to Friday and not a public holiday of the calendar. */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return !isWeekend(date) && !IS_HOLIDAY[calendar](date);
}

export function workingDayOnOrAfter(date: IsoDate, calendar: HolidayCalendar): IsoDate {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

export function workingDayBefore(date: IsoDate, calendar: HolidayCalendar): IsoDate {
  let day = addDays(date, -1);
  while (!isWorkingDay(day, calendar)) day = addDays(day, -1);
  return day;
}
