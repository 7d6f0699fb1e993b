import { daysBetween, type IsoDate } from '../calendar/iso-date';
import type { MilestoneNature, MilestoneStatus } from './milestone';

export interface StatusContext {
  today: IsoDate;
  recoveryDate: IsoDate | null;
  dueSoonDays: number;
}

const AFTER_DUE: Record<MilestoneNature, MilestoneStatus> = {
  DEADLINE: 'OVERDUE',
  EARLIEST_DATE: 'OPEN',
  RIGHT_EXPIRES: 'EXPIRED',
  EXPECTED: 'OPEN',
};

export function milestoneStatus(
  nature: MilestoneNature,
  dueDate: IsoDate,
  fulfilledOn: IsoDate | null,
  { today, recoveryDate, dueSoonDays }: StatusContext,
): MilestoneStatus {
  if (fulfilledOn !== null) return 'DONE';
  if (recoveryDate !== null && dueDate >= recoveryDate) return 'NOT_APPLICABLE';
  const daysLeft = daysBetween(today, dueDate);
  // An earliest date is open on the day itself; a deadline is still due that day.
  if (daysLeft < 0 || (nature !== 'DEADLINE' && nature !== 'RIGHT_EXPIRES' && daysLeft === 0)) return AFTER_DUE[nature];
  return daysLeft <= dueSoonDays ? 'DUE_SOON' : 'UPCOMING';
}

export function isOnTime(nature: MilestoneNature, dueDate: IsoDate, fulfilledOn: IsoDate | null): boolean | null {
  if (fulfilledOn === null) return null;
  if (nature === 'EXPECTED') return null;
  return nature === 'EARLIEST_DATE' ? fulfilledOn >= dueDate : fulfilledOn <= dueDate;
}
