import type { CaseSpan } from '../absence/absence-case';
import { dateOfSickDay, sickDayNumber } from '../absence/sick-days';
import { compareIsoDates, type IsoDate } from '../calendar/iso-date';
import { isWorkingDay, workingDayBefore, workingDayOnOrAfter } from '../calendar/working-days';
import type { Jurisdiction } from '../case/jurisdiction';
import { BE_RULES } from './be-rules';
import { applyOffset, sickDayDueDate } from './due-dates';
import type { AssessmentOutcome, Milestone, MilestoneKey, MilestoneKind, MilestoneNature } from './milestone';
import { isOnTime, milestoneStatus } from './milestone-status';
import { NL_RULES } from './nl-rules';
import type { TimelineAnchor, TimelineRules } from './timeline-rules';

export const RULES_BY_JURISDICTION: Record<Jurisdiction, TimelineRules> = { NL: NL_RULES, BE: BE_RULES };

export interface MilestoneInput {
  jurisdiction: Jurisdiction;
  /** A `DerivedCase`, or just a first sick day with its gaps. */
  sickCase: CaseSpan;
  today: IsoDate;
  /** Date the fulfilling record was made, per milestone key. */
  fulfilled?: Partial<Record<MilestoneKey, IsoDate>>;
  /** When the action plan was actually drawn up; defaults to `fulfilled.ACTION_PLAN`. */
  actionPlanDate?: IsoDate;
  /** BE: when the re-integration trajectory was requested. */
  reintegrationRequestDate?: IsoDate;
  /** BE: outcome of the re-integration assessment recorded as `fulfilled.ASSESSMENT_DECISION`. */
  assessmentOutcome?: AssessmentOutcome;
  rules?: TimelineRules;
}

interface Due {
  key: MilestoneKey;
  kind: MilestoneKind;
  nature: MilestoneNature;
  dueDate: IsoDate;
}

export function computeMilestones(input: MilestoneInput): Milestone[] {
  const { jurisdiction, sickCase, today, fulfilled = {} } = input;
  const rules = input.rules ?? RULES_BY_JURISDICTION[jurisdiction];
  const due: Due[] = [];
  const dueByKind = new Map<MilestoneKind, IsoDate>();
  const anchorDate = (anchor: TimelineAnchor): IsoDate | undefined => {
    if (anchor === 'REINTEGRATION_REQUEST') return input.reintegrationRequestDate;
    if (anchor === 'ACTION_PLAN') return input.actionPlanDate ?? fulfilled.ACTION_PLAN;
    return fulfilled[anchor];
  };

  for (const rule of rules.milestones) {
    if (rule.basis !== 'SICK_DAY') continue;
    const date = sickDayDueDate(sickCase, rule.offset);
    const dueDate = rule.onWorkingDay ? workingDayOnOrAfter(date, jurisdiction) : date;
    dueByKind.set(rule.kind, dueDate);
    due.push({ key: rule.kind, kind: rule.kind, nature: rule.nature, dueDate });
  }

  for (const rule of rules.milestones) {
    if (rule.basis === 'RECURRING') {
      const start = anchorDate(rule.anchor) ?? dueByKind.get(rule.anchor);
      const end = dueByKind.get(rule.before);
      if (start === undefined || end === undefined) throw new Error(`Rules for ${rule.kind} refer to a milestone they do not define`);
      const startDay = sickDayNumber(sickCase, start);
      for (let n = 1; ; n++) {
        const dueDate = dateOfSickDay(sickCase, startDay + n * rule.everySickDays);
        if (dueDate >= end) break;
        due.push({ key: `${rule.kind}#${n}`, kind: rule.kind, nature: rule.nature, dueDate });
      }
    } else if (rule.basis === 'EVENT') {
      const start = anchorDate(rule.anchor);
      const outcomeMatches = !rule.outcomes || (input.assessmentOutcome !== undefined && rule.outcomes.includes(input.assessmentOutcome));
      if (start === undefined || !outcomeMatches) continue;
      due.push({ key: rule.kind, kind: rule.kind, nature: rule.nature, dueDate: applyOffset(start, rule.offset) });
    }
  }

  const context = { today, recoveryDate: sickCase.recoveryDate ?? null, dueSoonDays: rules.dueSoonDays };
  return due
    .map(({ key, kind, nature, dueDate }): Milestone => {
      const fulfilledOn = fulfilled[key] ?? null;
      return {
        key,
        kind,
        nature,
        dueDate,
        status: milestoneStatus(nature, dueDate, fulfilledOn, context),
        fulfilledOn,
        onTime: isOnTime(nature, dueDate, fulfilledOn),
        warnOn: isWorkingDay(dueDate, jurisdiction) ? null : workingDayBefore(dueDate, jurisdiction),
      };
    })
    .sort((a, b) => compareIsoDates(a.dueDate, b.dueDate));
}
