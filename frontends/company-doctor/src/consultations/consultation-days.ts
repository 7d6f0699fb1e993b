import { localDateTime, localToday } from '@terugkeer/frontend-kit';

export type DayName = 'TODAY' | 'TOMORROW' | null;

export interface ConsultationDay<T> {
  /** The local date, YYYY-MM-DD. */
  date: string;
  name: DayName;
  consultations: T[];
}

/** Consultations per Dutch calendar day, in time order, with today and tomorrow named. */
export function consultationDays<T extends { startsAt: string }>(consultations: readonly T[], now = new Date()): ConsultationDay<T>[] {
  const today = localToday(now);
  // Calendar arithmetic on the date itself: a day in Amsterdam lasts 23 to 25 hours.
  const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const days = new Map<string, T[]>();
  for (const consultation of [...consultations].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const { date } = localDateTime(consultation.startsAt);
    days.set(date, [...(days.get(date) ?? []), consultation]);
  }
  return [...days].map(([date, list]) => ({
    date,
    name: date === today ? 'TODAY' : date === tomorrow ? 'TOMORROW' : null,
    consultations: list,
  }));
}
