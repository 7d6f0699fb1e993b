import type { IsoDate } from './iso-date';

export interface PublicHoliday {
  date: IsoDate;
  name: string;
}
