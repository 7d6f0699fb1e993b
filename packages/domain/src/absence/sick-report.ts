import type { IsoDate } from '../calendar/iso-date';

/** Absence from `from` until the next interval starts (or the report's recovery date). */
export interface AbsenceInterval {
  from: IsoDate;
  /** Share of the agreed hours not worked, 1..100. */
  percentage: number;
  /** Arbeidstherapeutisch werken: working without it counting as recovery, so fully absent. */
  therapeutic: boolean;
}

/**
 * Dutch safety-net (vangnet) grounds on which UWV, not the employer, bears the sick pay
 * (art. 29, 29a and 29b Ziektewet); the sick report says so to UWV.
 */
export type SafetyNetGround = 'PREGNANCY' | 'NO_RISK_POLICY' | 'ORGAN_DONATION';

export interface SickReport {
  id: string;
  firstSickDay: IsoDate;
  intervals: AbsenceInterval[];
  /** First fully fit day; null while the employee is still (partly) sick. */
  recoveryDate: IsoDate | null;
  safetyNetGround?: SafetyNetGround | null;
}
