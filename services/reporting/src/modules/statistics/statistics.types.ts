import { IsoDateScalar } from '@terugkeer/service-kit';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum FrequencyMethodValue {
  NVS = 'NVS',
  SECTOR_QUARTER = 'SECTOR_QUARTER',
}
registerEnumType(FrequencyMethodValue, {
  name: 'FrequencyMethod',
  description: 'NVS annualises by the days of the year ÷ the days of the period; SECTOR_QUARTER multiplies one calendar quarter by 4.',
});

export enum SuppressionReasonValue {
  GROUP_TOO_SMALL = 'GROUP_TOO_SMALL',
  COMPLEMENTARY = 'COMPLEMENTARY',
}
registerEnumType(SuppressionReasonValue, {
  name: 'SuppressionReason',
  description: 'GROUP_TOO_SMALL: fewer than 5 persons. COMPLEMENTARY: hidden so a suppressed group cannot be recovered by subtraction.',
});

@ObjectType({ description: 'Reports that ended in the period, in one duration class (recovery date − first sick day).' })
export class DurationClassCount {
  @Field({ description: "'1-14', '15-91', '92-365', '366-730' or '>730' calendar days." })
  durationClass!: string;

  @Field(() => Int)
  reports!: number;
}

@ObjectType({ description: 'The CBS/NVS 1996 absence figures of one group. Unrounded; every figure is null when suppressed.' })
export class AbsenceFigures {
  @Field(() => IsoDateScalar)
  from!: string;

  @Field(() => IsoDateScalar)
  to!: string;

  @Field(() => Int, { description: 'Calendar days in the period, weekends included.' })
  periodDays!: number;

  @Field({ description: 'True when the group is too small (or would reveal one that is): every figure is then null.' })
  suppressed!: boolean;

  @Field(() => SuppressionReasonValue, { nullable: true })
  suppressionReason!: SuppressionReasonValue | null;

  @Field(() => Float, { nullable: true, description: '100 × absentDayFactor ÷ employmentDayFactor; null without employment.' })
  absencePercentage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ over sick days in the period of part-time factor × absence fraction.' })
  absentDayFactor!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ over employment days in the period of the part-time factor.' })
  employmentDayFactor!: number | null;

  @Field(() => Float, { nullable: true, description: 'New reports ÷ average headcount × annualisation factor.' })
  notificationFrequency!: number | null;

  @Field(() => FrequencyMethodValue)
  frequencyMethod!: FrequencyMethodValue;

  @Field(() => Int, { nullable: true, description: 'Sick reports whose first sick day lies in the period.' })
  newReports!: number | null;

  @Field(() => Int, { nullable: true, description: 'Σ employment days in the period, each person counting 1 a day.' })
  employmentDays!: number | null;

  @Field(() => Float, { nullable: true })
  averageHeadcount!: number | null;

  @Field(() => Float, { nullable: true })
  annualisationFactor!: number | null;

  @Field(() => Float, { nullable: true, description: 'totalDurationDays ÷ endedReports; null when no report ended in the period.' })
  averageDurationDays!: number | null;

  @Field(() => Int, { nullable: true, description: 'Σ (recovery date − first sick day) over reports that ended in the period.' })
  totalDurationDays!: number | null;

  @Field(() => Int, { nullable: true })
  endedReports!: number | null;

  @Field(() => Float, { nullable: true, description: '100 × personsWithoutSickDay ÷ personsEmployed.' })
  zeroAbsencePercentage!: number | null;

  @Field(() => Int, { nullable: true })
  personsWithoutSickDay!: number | null;

  @Field(() => Int, { nullable: true })
  personsEmployed!: number | null;

  @Field(() => [DurationClassCount], { nullable: true })
  durationClasses!: DurationClassCount[] | null;
}

@ObjectType({ description: 'Figures of one department (null id: employment without a department).' })
export class DepartmentAbsenceFigures {
  @Field(() => ID, { nullable: true })
  departmentId!: string | null;

  @Field(() => String, { nullable: true })
  departmentName!: string | null;

  @Field(() => AbsenceFigures)
  figures!: AbsenceFigures;
}

@ObjectType({ description: 'Figures of one calendar month, clipped to the period.' })
export class MonthAbsenceFigures {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => AbsenceFigures)
  figures!: AbsenceFigures;
}

@ObjectType({ description: 'Standard absence statistics of a group, with its breakdowns.' })
export class AbsenceStatistics extends AbsenceFigures {
  @Field(() => [DepartmentAbsenceFigures])
  byDepartment!: DepartmentAbsenceFigures[];

  @Field(() => [MonthAbsenceFigures])
  byMonth!: MonthAbsenceFigures[];
}
