import type { IsoDate } from '../calendar/iso-date';

/** Fit days between two reports of one case; they do not count as sick days. */
export interface AbsenceGap {
  from: IsoDate;
  /** Exclusive: the first sick day of the next report. */
  to: IsoDate;
  days: number;
}

/** What day counting needs: a start, the fit gaps inside, and whether it has ended. */
export interface CaseSpan {
  firstSickDay: IsoDate;
  gaps: readonly AbsenceGap[];
  /** First fully fit day of the case; null or absent while still sick. */
  recoveryDate?: IsoDate | null;
}

/** Sick reports joined into one period of incapacity, as a service stores it. */
export interface DerivedCase extends CaseSpan {
  /** Chronological; the first report opened the case. */
  reportIds: string[];
  /** Every report after the first: a relapse (terugval) within the continuation gap. */
  relapseReportIds: string[];
  recoveryDate: IsoDate | null;
  gaps: AbsenceGap[];
}

export interface CaseRules {
  /** A report starting fewer than this many fit days after the last recovery continues the case. */
  continuationGapDays: number;
  /**
   * SUBTRACTED: the fit days between two reports of a case are not sick days, so they push later
   * dates back (NL). DEEMED_SICK: the incapacity counts as never interrupted, so they do not (BE).
   */
  fitDaysInCase: 'SUBTRACTED' | 'DEEMED_SICK';
  /**
   * BE: work actually resumed, partly or progressively included, interrupts the incapacity even
   * while a report stays open; see `incapacitySpan`.
   */
  partialReturnInterrupts: boolean;
  /**
   * NL: two pregnancy-related reports on either side of the maternity leave are one case; the
   * leave (at least 16 weeks) is not counted as fit days between them. 0 where no such rule holds.
   */
  pregnancyLeaveDays: number;
}

/**
 * Art. 7:629 lid 10 BW: periods of sickness less than four weeks apart are added together, whatever
 * the cause. Art. 29a Ziektewet with art. 3:1 Wazo: periods of pregnancy-related sickness
 * before and after the (at least 16-week) maternity leave are added together.
 */
export const NL_CASE_RULES: CaseRules = { continuationGapDays: 28, fitDaysInCase: 'SUBTRACTED', partialReturnInterrupts: false, pregnancyLeaveDays: 112 };

/**
 * Art. 34 Arbeidsovereenkomstenwet and art. I.4-73 §1 Codex welzijn op het werk: an effective
 * return to work, partial or progressive included, interrupts the incapacity, unless the worker
 * is unfit again within the first 14 days of the return; then it counts as not interrupted.
 */
export const BE_CASE_RULES: CaseRules = { continuationGapDays: 14, fitDaysInCase: 'DEEMED_SICK', partialReturnInterrupts: true, pregnancyLeaveDays: 0 };

export const CASE_RULES_BY_JURISDICTION: Record<'NL' | 'BE', CaseRules> = { NL: NL_CASE_RULES, BE: BE_CASE_RULES };
