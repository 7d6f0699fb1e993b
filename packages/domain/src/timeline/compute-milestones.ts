import type { CaseSpan } from '../absence/absence-case';
import { dateOfSickDay, sickDayNumber } from '../absence/sick-days';
import type { SafetyNetGround } from '../absence/sick-report';
import { addDays, compareIsoDates, type IsoDate } from '../calendar/iso-date';
import { isWorkingDay, workingDayBefore, workingDayOnOrAfter } from '../calendar/working-days';
import type { Jurisdiction } from '../case/jurisdiction';
import { BE_RULES } from './be-rules';
import { applyOffset, sickDayDueDate } from './due-dates';
import type { AssessmentOutcome, Milestone, MilestoneKey, MilestoneKind, MilestoneNature, ReintegrationRequester, WagePaymentExtension } from './milestone';
import { isOnTime, milestoneStatus } from './milestone-status';
import { NL_RULES } from './nl-rules';
import { pregnancyNotificationDue, type MaternityLeave } from './pregnancy-notification';
import type { SickDayMilestoneRule, TimelineAnchor, TimelineRules } from './timeline-rules';

export const RULES_BY_JURISDICTION: Record<Jurisdiction, TimelineRules> = { NL: NL_RULES, BE: BE_RULES };

export interface MilestoneInput {
  jurisdiction: Jurisdiction;
  /** The incapacity the sick days count from: `incapacitySpan` of the case's reports, or a first sick day with its gaps. */
  sickCase: CaseSpan;
  today: IsoDate;
  /** Date the fulfilling record was made, per milestone key. */
  fulfilled?: Partial<Record<MilestoneKey, IsoDate>>;
  /** When the action plan was actually drawn up; defaults to `fulfilled.ACTION_PLAN`. */
  actionPlanDate?: IsoDate;
  /** NL: the safety-net ground of the case's first report, if any. */
  safetyNet?: SafetyNetGround | null;
  /** NL: the employee's pregnancy and maternity leave, when the case manager recorded it. */
  maternityLeave?: MaternityLeave;
  /** NL: extensions of wage payment decided so far. */
  wagePaymentExtensions?: readonly WagePaymentExtension[];
  /** BE: when the re-integration trajectory was requested. */
  reintegrationRequestDate?: IsoDate;
  /** BE: who requested it. */
  reintegrationRequestedBy?: ReintegrationRequester;
  /** BE: date of the treating physician's certificate of definitive unfitness for the agreed work. */
  unfitnessCertificateDate?: IsoDate;
  /** BE: outcome of the re-integration assessment recorded as `fulfilled.ASSESSMENT_DECISION`. */
  assessmentOutcome?: AssessmentOutcome;
  rules?: TimelineRules;
}

interface Due {
  key: MilestoneKey;
  kind: MilestoneKind;
  nature: MilestoneNature;
  dueDate: IsoDate;
  originalDueDate?: IsoDate;
  fulfilledOn?: IsoDate;
  lawfulAnyTime?: boolean;
}

function sickDayDue(rule: SickDayMilestoneRule, input: MilestoneInput): Omit<Due, 'key' | 'kind' | 'nature'> {
  const { jurisdiction, sickCase } = input;
  const nearLeave =
    rule.fourthDayNearMaternityLeave && input.maternityLeave
      ? pregnancyNotificationDue(
          { firstSickDay: sickCase.firstSickDay, recoveryDate: sickCase.recoveryDate ?? null, pregnancyRelated: input.safetyNet === 'PREGNANCY' },
          input.maternityLeave,
        )
      : null;
  // The 4th day is a calendar day: UWV does not move it to a working day.
  if (nearLeave) return { dueDate: nearLeave.dueDate };
  const offset = (input.safetyNet && rule.offsetBySafetyNet?.[input.safetyNet]) || rule.offset;
  let date = sickDayDueDate(sickCase, offset, jurisdiction);
  if (rule.earlierOnUnfitnessCertificate && input.unfitnessCertificateDate && input.unfitnessCertificateDate < date) date = input.unfitnessCertificateDate;
  const original = rule.onWorkingDay ? workingDayOnOrAfter(date, jurisdiction) : date;
  const extensionDays = (input.wagePaymentExtensions ?? []).filter((e) => rule.extendedBy?.includes(e.kind)).reduce((sum, e) => sum + e.days, 0);
  const dueDate = extensionDays ? addDays(original, extensionDays) : original;
  const request = rule.fulfilledByRequest;
  return {
    dueDate,
    originalDueDate: extensionDays ? original : undefined,
    fulfilledOn: request ? input.reintegrationRequestDate : undefined,
    lawfulAnyTime: request !== undefined && input.reintegrationRequestedBy === request.lawfulAnyTimeBy,
  };
}

export function computeMilestones(input: MilestoneInput): Milestone[] {
  const { jurisdiction, sickCase, today, fulfilled = {} } = input;
  const rules = input.rules ?? RULES_BY_JURISDICTION[jurisdiction];
  const due: Due[] = [];
  const dueByKind = new Map<MilestoneKind, Due>();
  const anchorDate = (anchor: TimelineAnchor): IsoDate | undefined => {
    if (anchor === 'REINTEGRATION_REQUEST') return input.reintegrationRequestDate;
    if (anchor === 'ACTION_PLAN') return input.actionPlanDate ?? fulfilled.ACTION_PLAN;
    return fulfilled[anchor];
  };
  const add = (entry: Due) => {
    due.push(entry);
    if (!dueByKind.has(entry.kind)) dueByKind.set(entry.kind, entry);
  };

  for (const rule of rules.milestones) {
    if (rule.basis === 'SICK_DAY') add({ key: rule.kind, kind: rule.kind, nature: rule.nature, ...sickDayDue(rule, input) });
  }

  for (const rule of rules.milestones) {
    if (rule.basis === 'RELATIVE') {
      const anchor = dueByKind.get(rule.anchor);
      if (!anchor) throw new Error(`Rules for ${rule.kind} refer to a milestone they do not define`);
      const from = (rule.afterFulfilment && fulfilled[rule.anchor]) || anchor.dueDate;
      const originalFrom = rule.afterFulfilment && fulfilled[rule.anchor] ? undefined : anchor.originalDueDate;
      add({
        key: rule.kind,
        kind: rule.kind,
        nature: rule.nature,
        dueDate: addDays(from, rule.offset.days),
        originalDueDate: originalFrom && addDays(originalFrom, rule.offset.days),
      });
    }
  }

  for (const rule of rules.milestones) {
    if (rule.basis === 'RECURRING') {
      const start = anchorDate(rule.anchor) ?? dueByKind.get(rule.anchor)?.dueDate;
      const end = dueByKind.get(rule.before)?.dueDate;
      if (start === undefined || end === undefined) throw new Error(`Rules for ${rule.kind} refer to a milestone they do not define`);
      // Each one is due a fixed number of sick days after the previous one was held (or was due).
      let day = sickDayNumber(sickCase, start);
      for (let n = 1; ; n++) {
        const key: MilestoneKey = `${rule.kind}#${n}`;
        day += rule.everySickDays;
        const dueDate = dateOfSickDay(sickCase, day);
        if (dueDate >= end) break;
        add({ key, kind: rule.kind, nature: rule.nature, dueDate });
        const heldOn = fulfilled[key];
        if (heldOn) day = sickDayNumber(sickCase, heldOn);
      }
    } else if (rule.basis === 'EVENT') {
      const start = anchorDate(rule.anchor);
      const outcomeMatches = !rule.outcomes || (input.assessmentOutcome !== undefined && rule.outcomes.includes(input.assessmentOutcome));
      if (start === undefined || !outcomeMatches) continue;
      add({ key: rule.kind, kind: rule.kind, nature: rule.nature, dueDate: applyOffset(start, rule.offset, jurisdiction) });
    }
  }

  const context = { today, recoveryDate: sickCase.recoveryDate ?? null, dueSoonDays: rules.dueSoonDays };
  return due
    .map(({ key, kind, nature, dueDate, originalDueDate, fulfilledOn: byRecord, lawfulAnyTime }): Milestone => {
      const fulfilledOn = fulfilled[key] ?? byRecord ?? null;
      return {
        key,
        kind,
        nature,
        dueDate,
        status: milestoneStatus(nature, dueDate, fulfilledOn, context),
        fulfilledOn,
        // An early start by a party who may start at any time is lawful, so on time.
        onTime: lawfulAnyTime && fulfilledOn !== null ? true : isOnTime(nature, dueDate, fulfilledOn),
        warnOn: isWorkingDay(dueDate, jurisdiction) ? null : workingDayBefore(dueDate, jurisdiction),
        originalDueDate: originalDueDate ?? null,
      };
    })
    .sort((a, b) => compareIsoDates(a.dueDate, b.dueDate));
}
