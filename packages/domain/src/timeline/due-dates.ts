import { addMonths } from '../calendar/add-months';
import { addDays, daysBetween, type IsoDate } from '../calendar/iso-date';
import type { CaseSpan } from '../absence/absence-case';
import { dateOfSickDay } from '../absence/sick-days';
import type { Offset } from './timeline-rules';

export function applyOffset(date: IsoDate, offset: Offset): IsoDate {
  return 'days' in offset ? addDays(date, offset.days) : addMonths(date, offset.months);
}

/** First sick day + offset, counting sick days only (a due date at D+41 is sick day 42). */
export function sickDayDueDate(span: CaseSpan, offset: Offset): IsoDate {
  const offsetDays = daysBetween(span.firstSickDay, applyOffset(span.firstSickDay, offset));
  return dateOfSickDay(span, 1 + offsetDays);
}
