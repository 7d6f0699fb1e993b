import { addMonths } from '../calendar/add-months';
import { addDays, daysBetween, type IsoDate } from '../calendar/iso-date';
import { isWorkingDay, type HolidayCalendar } from '../calendar/working-days';
import type { CaseSpan } from '../absence/absence-case';
import { dateOfSickDay } from '../absence/sick-days';
import type { Offset } from './timeline-rules';

/** The `n`th working day after `date` (not counting `date` itself). */
export function addWorkingDays(date: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

export function applyOffset(date: IsoDate, offset: Offset, calendar: HolidayCalendar = 'NL'): IsoDate {
  if ('days' in offset) return addDays(date, offset.days);
  if ('months' in offset) return addMonths(date, offset.months);
  return addWorkingDays(date, offset.workingDays, calendar);
}

/** First sick day + offset, counting sick days only (a due date at D+41 is sick day 42). */
export function sickDayDueDate(span: CaseSpan, offset: Offset, calendar: HolidayCalendar = 'NL'): IsoDate {
  const offsetDays = daysBetween(span.firstSickDay, applyOffset(span.firstSickDay, offset, calendar));
  return dateOfSickDay(span, 1 + offsetDays);
}
