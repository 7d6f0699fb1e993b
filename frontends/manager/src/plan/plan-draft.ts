import {
  ACTION_PLAN_LIMITS,
  compareIsoDates,
  isIsoDate,
  planFasterThanAdvice,
  type AdviceExceedance,
  type AdvisedBuildUp,
  validateActionPlanContent,
  type ActionPlanContent,
  type ContactAgreement,
  type ContactFrequency,
  type ContactMode,
  type ContactPurpose,
  type MeetingPlace,
} from '@terugkeer/domain';

/**
 * The plan of action as the editor holds it: what the inputs show, numbers still as
 * typed. The same rules the case service applies check it before anything is sent.
 */
export interface ItemDraft {
  description: string;
  deadline: string;
}

export interface HourDraft {
  weekStart: string;
  hoursPerWeek: string;
  homeHours: string;
  locationHours: string;
  /** One task per line. */
  tasksToStartWith: string;
  /** One task per line. */
  tasksTooMuch: string;
  therapeutic: boolean;
}

export interface ContactDraft {
  /** '' means no fixed contact agreement. */
  frequency: ContactFrequency | '';
  weekday: string;
  time: string;
  mode: ContactMode | '';
  purpose: ContactPurpose | '';
  meetingPlace: MeetingPlace | '';
}

export interface PlanDraft {
  goals: ItemDraft[];
  activities: ItemDraft[];
  contactPerson: string;
  evaluationEveryWeeks: string;
  hourAgreements: HourDraft[];
  contact: ContactDraft;
}

/** The fields of a saved version the editor starts from. */
export interface SavedVersion {
  goals: readonly ItemDraft[];
  activities: readonly ItemDraft[];
  contactPerson?: string | null;
  evaluationEveryWeeks: number;
  hourAgreements: ReadonlyArray<{
    weekStart: string;
    hoursPerWeek: number;
    homeHours: number;
    locationHours: number;
    tasksToStartWith: readonly string[];
    tasksTooMuch: readonly string[];
    therapeutic: boolean;
  }>;
  contactAgreement?: {
    frequency: ContactFrequency;
    weekday?: number | null;
    time?: string | null;
    mode: ContactMode;
    purpose: ContactPurpose;
    meetingPlace?: MeetingPlace | null;
  } | null;
}

/** Why a field is refused; the editor turns the code into words. */
export type DraftProblem =
  'EMPTY' | 'TOO_LONG' | 'NOT_A_DATE' | 'OUT_OF_RANGE' | 'NOT_A_MONDAY' | 'NOT_ASCENDING' | 'SPLIT_MISMATCH' | 'NOT_A_TIME' | 'REQUIRED';

export const emptyItem = (): ItemDraft => ({ description: '', deadline: '' });

export const emptyHours = (): HourDraft => ({
  weekStart: '',
  hoursPerWeek: '',
  homeHours: '',
  locationHours: '',
  tasksToStartWith: '',
  tasksTooMuch: '',
  therapeutic: false,
});

const NO_CONTACT: ContactDraft = { frequency: '', weekday: '', time: '', mode: '', purpose: '', meetingPlace: '' };

export function draftFromVersion(version: SavedVersion | null | undefined): PlanDraft {
  if (!version) {
    return {
      goals: [emptyItem()],
      activities: [emptyItem()],
      contactPerson: '',
      evaluationEveryWeeks: String(ACTION_PLAN_LIMITS.evaluationEveryWeeks.default),
      hourAgreements: [],
      contact: NO_CONTACT,
    };
  }
  const contact = version.contactAgreement;
  return {
    goals: version.goals.map((item) => ({ description: item.description, deadline: item.deadline })),
    activities: version.activities.map((item) => ({ description: item.description, deadline: item.deadline })),
    contactPerson: version.contactPerson ?? '',
    evaluationEveryWeeks: String(version.evaluationEveryWeeks),
    hourAgreements: version.hourAgreements.map((phase) => ({
      weekStart: phase.weekStart,
      hoursPerWeek: String(phase.hoursPerWeek),
      homeHours: String(phase.homeHours),
      locationHours: String(phase.locationHours),
      tasksToStartWith: phase.tasksToStartWith.join('\n'),
      tasksTooMuch: phase.tasksTooMuch.join('\n'),
      therapeutic: phase.therapeutic,
    })),
    contact: contact
      ? {
          frequency: contact.frequency,
          weekday: contact.weekday ? String(contact.weekday) : '',
          time: contact.time ?? '',
          mode: contact.mode,
          purpose: contact.purpose,
          meetingPlace: contact.meetingPlace ?? '',
        }
      : NO_CONTACT,
  };
}

const isBlank = (item: ItemDraft) => !item.description.trim() && !item.deadline;
/** An empty input is not a number; the rules then name the field. */
const numberOf = (typed: string) => (typed.trim() === '' ? Number.NaN : Number(typed.replace(',', '.')));
const lines = (typed: string) =>
  typed
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function contactOf(draft: ContactDraft): ContactAgreement | null {
  if (!draft.frequency || !draft.mode || !draft.purpose) return null;
  return {
    frequency: draft.frequency,
    weekday: draft.weekday ? Number(draft.weekday) : null,
    time: draft.time.trim() || null,
    mode: draft.mode,
    purpose: draft.purpose,
    meetingPlace: draft.meetingPlace || null,
  };
}

/** What is sent: rows left wholly empty are dropped, texts trimmed, numbers parsed. */
export function contentOfDraft(draft: PlanDraft): ActionPlanContent {
  const items = (rows: ItemDraft[]) => rows.filter((row) => !isBlank(row)).map((row) => ({ description: row.description.trim(), deadline: row.deadline }));
  return {
    goals: items(draft.goals),
    activities: items(draft.activities),
    contactPerson: draft.contactPerson.trim() || null,
    evaluationEveryWeeks: numberOf(draft.evaluationEveryWeeks),
    hourAgreements: draft.hourAgreements.map((phase) => ({
      weekStart: phase.weekStart,
      hoursPerWeek: numberOf(phase.hoursPerWeek),
      homeHours: numberOf(phase.homeHours),
      locationHours: numberOf(phase.locationHours),
      tasksToStartWith: lines(phase.tasksToStartWith),
      tasksTooMuch: lines(phase.tasksTooMuch),
      therapeutic: phase.therapeutic,
    })),
    contactAgreement: contactOf(draft.contact),
  };
}

/**
 * Every problem keyed by the field path the server would name (`goals[0].deadline`).
 * Paths of goals and activities point at the rows as shown, blank rows included.
 */
export function problemsOfDraft(draft: PlanDraft): Record<string, DraftProblem> {
  const problems: Record<string, DraftProblem> = {};
  for (const violation of validateActionPlanContent(contentOfDraft(draft))) {
    problems[fieldAsShown(draft, violation.field)] ??= violation.code as DraftProblem;
  }
  const { frequency, mode, purpose } = draft.contact;
  if (frequency || mode || purpose) {
    if (!frequency) problems['contactAgreement.frequency'] = 'REQUIRED';
    if (!mode) problems['contactAgreement.mode'] = 'REQUIRED';
    if (!purpose) problems['contactAgreement.purpose'] = 'REQUIRED';
  }
  return problems;
}

/**
 * Blank goal and activity rows are not sent, so `goals[1]` in a reply may be the third
 * row on screen; this gives the path of the row as shown.
 */
export function fieldAsShown(draft: PlanDraft, field: string): string {
  return field.replace(/^(goals|activities)\[(\d+)\]/, (path, list: 'goals' | 'activities', sent: string) => {
    const shown = draft[list].flatMap((row, index) => (isBlank(row) ? [] : [index]))[Number(sent)];
    return shown === undefined ? path : `${list}[${shown}]`;
  });
}

/**
 * Where the hours as typed go faster than the doctor's advised build-up, by the index of the
 * phase on screen in which it happens. Phases not yet complete are left out until they are.
 */
export function adviceWarningsOfDraft(draft: PlanDraft, advice: AdvisedBuildUp | null | undefined): Map<number, AdviceExceedance[]> {
  const phases = draft.hourAgreements
    .map((phase, index) => ({ index, weekStart: phase.weekStart, hoursPerWeek: numberOf(phase.hoursPerWeek) }))
    .filter((phase) => isIsoDate(phase.weekStart) && Number.isFinite(phase.hoursPerWeek));
  const warnings = new Map<number, AdviceExceedance[]>();
  for (const exceedance of planFasterThanAdvice(phases, advice)) {
    const phase = phases
      .filter((p) => compareIsoDates(p.weekStart, exceedance.weekStart) <= 0)
      .sort((a, b) => compareIsoDates(a.weekStart, b.weekStart))
      .at(-1);
    if (!phase) continue;
    const list = warnings.get(phase.index) ?? [];
    // A ceiling passed for every week of a phase is said once, at its first week.
    if (!list.some((known) => known.reason === exceedance.reason)) list.push(exceedance);
    warnings.set(phase.index, list);
  }
  return warnings;
}
