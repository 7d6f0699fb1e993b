import { compareIsoDates, isIsoDate, isoWeekday } from '../calendar/iso-date';
import type { Violation } from '../validation/violation';

export interface PlanItem {
  description: string;
  deadline: string;
}

/** One phase of the build-up: from its week on, until the next phase starts. */
export interface HourAgreement {
  /** Monday of the first week of this phase. */
  weekStart: string;
  hoursPerWeek: number;
  homeHours: number;
  locationHours: number;
  tasksToStartWith: string[];
  tasksTooMuch: string[];
  /** Work on a therapeutic basis: light tasks while still on sick leave. */
  therapeutic: boolean;
}

export type ContactFrequency = 'WEEKLY' | 'BIWEEKLY' | 'MONTHLY';
export type ContactMode = 'PHONE' | 'VIDEO' | 'EMAIL' | 'IN_PERSON';
export type ContactPurpose = 'INFORM' | 'THINK_ALONG' | 'EVALUATE';
export type MeetingPlace = 'OFFICE' | 'HOME' | 'NEUTRAL_PLACE' | 'ONLINE';

/** When and how manager and employee are in touch, and what for. */
export interface ContactAgreement {
  frequency: ContactFrequency;
  /** ISO weekday 1 (Monday) … 7. */
  weekday: number | null;
  /** Local time HH:MM. */
  time: string | null;
  mode: ContactMode;
  purpose: ContactPurpose;
  /** Where live meetings happen. */
  meetingPlace: MeetingPlace | null;
}

export interface ActionPlanContent {
  activities: PlanItem[];
  goals: PlanItem[];
  contactPerson: string | null;
  evaluationEveryWeeks: number;
  hourAgreements: HourAgreement[];
  contactAgreement: ContactAgreement | null;
}

export const ACTION_PLAN_LIMITS = {
  maxHoursPerWeek: 60,
  evaluationEveryWeeks: { min: 1, max: 26, default: 6 },
  maxTextLength: 1000,
} as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function text(field: string, value: string): Violation[] {
  if (!value.trim()) return [{ field, code: 'EMPTY', message: `${field} must not be empty` }];
  if (value.length > ACTION_PLAN_LIMITS.maxTextLength) {
    const max = ACTION_PLAN_LIMITS.maxTextLength;
    return [{ field, code: 'TOO_LONG', message: `${field} must be at most ${max} characters`, values: { max } }];
  }
  return [];
}

function date(field: string, value: string): Violation[] {
  return isIsoDate(value) ? [] : [{ field, code: 'NOT_A_DATE', message: `${field} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}` }];
}

function hours(field: string, value: number, max: number): Violation[] {
  if (!Number.isFinite(value) || value < 0 || value > max) {
    return [{ field, code: 'OUT_OF_RANGE', message: `${field} must lie between 0 and ${max}, got ${value}`, values: { min: 0, max } }];
  }
  return [];
}

function items(list: string, values: PlanItem[]): Violation[] {
  return values.flatMap((item, i) => [...text(`${list}[${i}].description`, item.description), ...date(`${list}[${i}].deadline`, item.deadline)]);
}

function hourAgreement(agreement: HourAgreement, i: number, previous: HourAgreement | undefined): Violation[] {
  const at = `hourAgreements[${i}]`;
  const found = [
    ...date(`${at}.weekStart`, agreement.weekStart),
    ...hours(`${at}.hoursPerWeek`, agreement.hoursPerWeek, ACTION_PLAN_LIMITS.maxHoursPerWeek),
    ...hours(`${at}.homeHours`, agreement.homeHours, ACTION_PLAN_LIMITS.maxHoursPerWeek),
    ...hours(`${at}.locationHours`, agreement.locationHours, ACTION_PLAN_LIMITS.maxHoursPerWeek),
    ...agreement.tasksToStartWith.flatMap((task, t) => text(`${at}.tasksToStartWith[${t}]`, task)),
    ...agreement.tasksTooMuch.flatMap((task, t) => text(`${at}.tasksTooMuch[${t}]`, task)),
  ];
  if (isIsoDate(agreement.weekStart)) {
    if (isoWeekday(agreement.weekStart) !== 1) {
      found.push({ field: `${at}.weekStart`, code: 'NOT_A_MONDAY', message: `${at}.weekStart must be a Monday` });
    } else if (previous && isIsoDate(previous.weekStart) && compareIsoDates(previous.weekStart, agreement.weekStart) >= 0) {
      found.push({ field: `${at}.weekStart`, code: 'NOT_ASCENDING', message: `${at}.weekStart must come after the previous phase's week` });
    }
  }
  if (found.length === 0 && Math.abs(agreement.homeHours + agreement.locationHours - agreement.hoursPerWeek) > 0.01) {
    found.push({ field: `${at}.locationHours`, code: 'SPLIT_MISMATCH', message: `${at}: home and location hours must add up to the hours per week` });
  }
  return found;
}

function contactAgreement(agreement: ContactAgreement): Violation[] {
  const found: Violation[] = [];
  if (agreement.weekday !== null && !(Number.isInteger(agreement.weekday) && agreement.weekday >= 1 && agreement.weekday <= 7)) {
    found.push({
      field: 'contactAgreement.weekday',
      code: 'OUT_OF_RANGE',
      message: 'contactAgreement.weekday must be 1 (Monday) to 7 (Sunday)',
      values: { min: 1, max: 7 },
    });
  }
  if (agreement.time !== null && !TIME.test(agreement.time)) {
    found.push({ field: 'contactAgreement.time', code: 'NOT_A_TIME', message: 'contactAgreement.time must be HH:MM' });
  }
  return found;
}

/** Every broken rule in a plan's content, each naming its field. */
export function validateActionPlanContent(content: ActionPlanContent): Violation[] {
  const { min, max } = ACTION_PLAN_LIMITS.evaluationEveryWeeks;
  const found = [
    ...items('activities', content.activities),
    ...items('goals', content.goals),
    ...(content.contactPerson === null ? [] : text('contactPerson', content.contactPerson)),
    ...content.hourAgreements.flatMap((agreement, i) => hourAgreement(agreement, i, content.hourAgreements[i - 1])),
    ...(content.contactAgreement ? contactAgreement(content.contactAgreement) : []),
  ];
  if (!Number.isInteger(content.evaluationEveryWeeks) || content.evaluationEveryWeeks < min || content.evaluationEveryWeeks > max) {
    found.push({
      field: 'evaluationEveryWeeks',
      code: 'OUT_OF_RANGE',
      message: `evaluationEveryWeeks must be a whole number from ${min} to ${max}`,
      values: { min, max },
    });
  }
  return found;
}
