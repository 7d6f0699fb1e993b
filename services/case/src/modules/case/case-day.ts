import { inputReason, isAfterToday, isIsoDate, timeZoneOf, todayIn, type IsoDate, type Jurisdiction, type TimeZone } from '@terugkeer/domain';
import { badInput } from '@terugkeer/service-kit';

/**
 * A case lives by the calendar of its organization's jurisdiction, Amsterdam or Brussels.
 * `now` is the instant the caller read from its clock, so a rule can be run at any instant.
 */
interface CaseWithJurisdiction {
  jurisdiction: Jurisdiction;
}

const timeZoneOfCase = (found: CaseWithJurisdiction): TimeZone => timeZoneOf(found.jurisdiction);

export const todayOfCase = (found: CaseWithJurisdiction, now: Date): IsoDate => todayIn(timeZoneOfCase(found), now);

/** A day someone says a step was taken on: a date, and not after today where the case is. */
export function requirePastOrToday(field: string, value: string | null | undefined, found: CaseWithJurisdiction, now: Date): IsoDate {
  if (!value || !isIsoDate(value)) throw badInput(field, inputReason('NOT_A_DATE'));
  if (isAfterToday(value, timeZoneOfCase(found), now)) throw badInput(field, inputReason('IN_FUTURE'));
  return value;
}
