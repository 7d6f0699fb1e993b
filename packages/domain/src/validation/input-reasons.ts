/**
 * Why an input was refused. Each reason has a stable code that a screen words in the
 * reader's language (with the values it names) and an English text for API users and logs.
 * A screen's catalogue is typed against these codes, so a new reason cannot go untranslated.
 */
const REASONS = {
  // The form of a single field.
  EMPTY: () => 'must not be empty',
  TOO_LONG: (v: { max: number }) => `must be at most ${v.max} characters`,
  CONTROL_CHARACTER: (v: { character: string }) => `must not contain the control character ${v.character}`,
  NOT_A_DATE: () => 'must be a date as YYYY-MM-DD',
  NOT_A_DATE_TIME: () => 'must be a date or date-time in ISO 8601',
  NOT_A_TIME: () => 'must be a time as HH:MM',
  NOT_A_MONDAY: () => 'must be a Monday',
  NOT_AN_INTEGER: (v: { min: number; max: number }) => `must be a whole number from ${v.min} to ${v.max}`,
  OUT_OF_RANGE: (v: { min: number; max: number }) => `must lie between ${v.min} and ${v.max}`,
  NOT_ONE_OF: (v: { allowed: string }) => `must be one of ${v.allowed}`,
  IN_FUTURE: () => 'must not lie in the future',
  BEFORE_START: (v: { start: string }) => `must not lie before ${v.start}`,
  BEFORE_FIRST_SICK_DAY: () => 'must not lie before the first sick day',
  REQUIRED_WITH: (v: { other: string }) => `is required with ${v.other}`,
  TOO_FEW: (v: { min: number }) => `needs at least ${v.min}`,
  TOO_MANY: (v: { max: number }) => `allows at most ${v.max}`,
  EXACT_COUNT: (v: { count: number }) => `needs exactly ${v.count}`,
  NOT_A_CURSOR: () => 'is not a cursor returned by this list',
  INVALID: (v: { detail: string }) => v.detail,

  // Plans of action and the build-up of hours.
  NOT_ASCENDING: () => "must come after the previous phase's week",
  SPLIT_MISMATCH: () => 'home and location hours must add up to the hours per week',
  NOT_A_SCHEDULE_WEEK: () => 'is not a week of the build-up schedule',
  NO_ACTION_PLAN: () => 'there is no plan of action yet',
  NO_SIGNED_ACTION_PLAN: () => 'there is no signed plan of action yet',
  NOT_LATEST_VERSION: (v: { latest: number }) => `only the latest version (${v.latest}) can be signed`,
  ALREADY_SIGNED: (v: { version: number }) => `version ${v.version} is already signed by you`,
  NO_RELAPSE_PLAN: () => 'this case has no relapse-prevention plan yet',
  UNKNOWN_SIGNAL: (v: { signal: string }) => `"${v.signal}" is not a signal of the relapse-prevention plan`,

  // Sick reports.
  INVALID_DATE: () => 'is not a date',
  NO_INTERVALS: () => 'a sick report needs at least one absence interval',
  PERCENTAGE_OUT_OF_RANGE: () => 'the absence percentage must lie between 1 and 100',
  INTERVALS_NOT_ASCENDING: () => 'an interval must start after the previous one',
  FIRST_INTERVAL_NOT_ON_FIRST_SICK_DAY: () => 'the first interval must start on the first sick day',
  RECOVERY_NOT_AFTER_LAST_INTERVAL: () => 'recovery must lie after the start of the last interval',
  OVERLAPPING_REPORT: () => 'overlaps another sick report of this employee',

  // Problem analysis and the legal timeline.
  NOT_AN_UPDATE: () => 'the first problem analysis is INITIAL',
  UPDATE_NEEDS_OCCASION: () => 'an update follows a RELAPSE or a CHANGE',
  ALREADY_DONE: () => 'this was already done',
  BELGIAN_CASES_ONLY: () => 'a re-integration trajectory applies to Belgian cases only',
  DUTCH_CASES_ONLY: () => 'an extension of wage payment applies to Dutch cases only',
  LEAVE_START_OUT_OF_RANGE: (v: { earliest: string; latest: string }) =>
    `the leave starts from 6 to 4 weeks before the expected date, between ${v.earliest} and ${v.latest}`,
  EXPERT_OPINION_DUTCH_ONLY: () => 'an expert opinion of UWV applies to Dutch cases only',
  NOT_ASKED_BY: (v: { requester: string }) => `this question is not one the ${v.requester.toLowerCase()} may ask`,
  LEAVE_TOO_SHORT: (v: { earliest: string }) => `the leave lasts at least 16 weeks, until ${v.earliest} or later`,

  // Who takes part.
  NOT_ELIGIBLE_PROFESSIONAL: () => 'is not a professional of a provider serving this organization',
  NOT_A_PARTICIPANT: () => 'takes no part in this case; only a dialogue talk includes a colleague',
  EMPLOYEE_WITHOUT_LOGIN: () => 'the employee has no login yet',
  NEEDS_MANAGER: () => "a three-way talk needs the employee's manager",
  COLLEAGUE_REQUIRED: () => 'a dialogue talk names the colleague who took part',
  NOT_A_COLLEAGUE: () => 'is not a colleague in the same organization',
  COLLEAGUE_NOT_ALLOWED: () => 'only a dialogue talk has a colleague',
  NO_DOCTOR_ASSIGNED: () => 'no company doctor is assigned to this case',
  EMPLOYEE_MUST_AGREE: () => 'an escalation is made together with the employee, who must agree',
  NOT_AWAITING_EMPLOYEE: () => "the escalation is not waiting for the employee's answer",
  NOT_GRANTABLE: (v: { allowed: string }) => `this consent can be given to ${v.allowed} only`,

  // Session reports move through validation one step at a time.
  REPORT_NOT_EDITABLE: () => 'the summary can be changed only as a draft or after a change was asked for',
  REPORT_NOT_SUBMITTABLE: () => 'only a draft or a changed summary is submitted',
  REPORT_NOT_AWAITING_VALIDATION: () => 'the summary is not waiting for validation',
  NOT_A_VALIDATOR: () => 'only a participant validates the summary or asks for a change',
  REPORT_NOT_VALIDATED: () => 'only a summary every participant validated is released',
  REPORT_NOT_RELEASED: () => 'the summary is not released',
  REFLECTION_ONLY: () => "only a reflection talk answers the programme's four reflection questions",

  // Programme, import and statistics.
  PROGRAMME_ALREADY_ACTIVE: () => 'already has an active programme',
  FILE_TOO_LARGE: (v: { max: number }) => `must be at most ${v.max} characters; import larger files with the command line`,
  UNREADABLE_CSV: (v: { detail: string }) => `is not a readable CSV file (${v.detail})`,
  PERIOD_TOO_LONG: (v: { years: number }) => `the period may span at most ${v.years} years`,
  NOT_ONE_QUARTER: () => 'SECTOR_QUARTER needs a period of exactly one calendar quarter',
} as const;

type Reasons = typeof REASONS;
export type InputReasonCode = keyof Reasons;
export const INPUT_REASON_CODES = Object.keys(REASONS) as InputReasonCode[];

export type InputReasonValues = Record<string, string | number>;

export interface InputReason {
  code: InputReasonCode;
  values: InputReasonValues;
  /** The reason in English, e.g. "must be at most 1000 characters". */
  text: string;
}

export function inputReason<C extends InputReasonCode>(code: C, ...values: Parameters<Reasons[C]>): InputReason {
  const text = (REASONS[code] as (v?: InputReasonValues) => string)(values[0]);
  return { code, values: values[0] ?? {}, text };
}
