import { addDays, mondayOf, PLATFORM_TIME_ZONE, todayIn } from '@terugkeer/domain';

/** Today as the services count it: the calendar day in Amsterdam, not in UTC. */
export const isoToday = (): string => todayIn(PLATFORM_TIME_ZONE, new Date());

/** Dates relative to today, as the API writes them (YYYY-MM-DD). */
export const isoDaysFromToday = (days: number): string => addDays(isoToday(), days);

export const addIsoDays = (date: string, days: number): string => addDays(date, days);

/** The Monday of this week (in Amsterdam), plus whole weeks. */
export const mondayOfWeeksFromNow = (weeks: number): string => addDays(mondayOf(isoToday()), 7 * weeks);
