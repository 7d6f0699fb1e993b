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
}

/** Art. 7:629 lid 10 BW: periods of sickness less than four weeks apart are added together, whatever the cause. */
export const NL_CASE_RULES: CaseRules = { continuationGapDays: 28 };
