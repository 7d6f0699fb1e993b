import type { IsoDate } from '../calendar/iso-date';

/** A closed range of calendar days, weekends included: `from` and `to` both count. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** One stretch of a contract with constant hours; a person has several when hours or department change. */
export interface EmploymentPeriod {
  personId: string;
  departmentId?: string;
  from: IsoDate;
  /** Last day, inclusive; null = open-ended. */
  to: IsoDate | null;
  hoursPerWeek: number;
}

/** Runs until the next interval's `from`; the last one until the report's recovery date (exclusive) or forever. */
export interface SickInterval {
  from: IsoDate;
  /** 0–100: how much of the contract the person is absent. */
  percentage: number;
  /** Therapeutic work (arbeidstherapie) counts as full absence in the statistics. */
  therapeutic: boolean;
}

/** One sick report (ziekmelding). A relapse is a new report; a change of percentage is a new interval. */
export interface SickReportFact {
  personId: string;
  reportId: string;
  firstSickDay: IsoDate;
  /** First fit day; null while the person is still sick. */
  recoveryDate: IsoDate | null;
  /** Ascending; the first interval starts on `firstSickDay`. */
  intervals: SickInterval[];
  /** Illness due to pregnancy or childbirth, or the pregnancy and maternity leave itself where it is recorded as absence. */
  pregnancyRelated?: boolean;
}

export interface StatisticsInput {
  employment: EmploymentPeriod[];
  reports: SickReportFact[];
}

/**
 * - `NVS`: annualise the frequency by (days of the year of the period's start) ÷ (days in the period).
 * - `SECTOR_QUARTER`: the period must be exactly one calendar quarter; the frequency over it is × 4.
 */
export type FrequencyMethod = 'NVS' | 'SECTOR_QUARTER';

export interface StatisticsOptions {
  /** Contract hours of a full-time employee; part-time factor = hoursPerWeek ÷ fullTimeHours. */
  fullTimeHours: number;
  frequencyMethod: FrequencyMethod;
  /**
   * Leaves pregnancy-related absence out of the absence percentage, as CBS does (its figure
   * is "exclusief zwangerschaps- en bevallingsverlof"); NVS 1996 counts it. Per organization.
   */
  excludePregnancyFromPercentage: boolean;
}

export const DEFAULT_STATISTICS_OPTIONS: StatisticsOptions = {
  fullTimeHours: 40,
  frequencyMethod: 'NVS',
  excludePregnancyFromPercentage: false,
};

export type DurationClass = '1-14' | '15-91' | '92-365' | '366-730' | '>730';

/** `value` is null when the denominator is zero: the ratio is undefined, not zero. */
export interface Ratio {
  value: number | null;
  numerator: number;
  denominator: number;
}

export interface NotificationFrequency {
  value: number | null;
  method: FrequencyMethod;
  /** Reports whose first sick day lies in the period on a day the person was employed. */
  newReports: number;
  /** Σ employment days in the period, each person counting 1 per day. */
  employmentDays: number;
  /** employmentDays ÷ days in the period; null when the period has no employment. */
  averageHeadcount: number | null;
  /** Multiplier that turns the period frequency into a yearly one; null when the method does not apply. */
  annualisationFactor: number | null;
}

export interface AverageDuration {
  value: number | null;
  /** Σ (recoveryDate − firstSickDay) in days over the reports that ended in the period. */
  totalDays: number;
  endedReports: number;
}

export interface AbsenceStatistics {
  period: Period;
  periodDays: number;
  /** 100 × Σ(part-time factor × absence fraction) ÷ Σ(part-time factor), over employment days in the period. */
  absencePercentage: Ratio;
  notificationFrequency: NotificationFrequency;
  averageDurationDays: AverageDuration;
  /** 100 × persons without a sick day ÷ persons with employment, both within the period. */
  zeroAbsencePercentage: Ratio;
  /** Reports that ended (recovery date) in the period, by their total duration. */
  durationClasses: Record<DurationClass, number>;
}

export interface MonthStatistics {
  month: Period;
  statistics: AbsenceStatistics;
}

export interface DepartmentStatistics {
  /** null groups employment periods without a department. */
  departmentId: string | null;
  statistics: AbsenceStatistics;
}
