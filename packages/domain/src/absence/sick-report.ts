import type { IsoDate } from '../calendar/iso-date';

/** Absence from `from` until the next interval starts (or the report's recovery date). */
export interface AbsenceInterval {
  from: IsoDate;
  /** Share of the agreed hours not worked, 1..100. */
  percentage: number;
  /** Arbeidstherapeutisch werken: working without it counting as recovery, so fully absent. */
  therapeutic: boolean;
}

export interface SickReport {
  id: string;
  firstSickDay: IsoDate;
  intervals: AbsenceInterval[];
  /** First fully fit day; null while the employee is still (partly) sick. */
  recoveryDate: IsoDate | null;
}
