import { PageInfo } from '@terugkeer/service-kit';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AnalyticsMetric {
  ABSENCE_PERCENTAGE = 'ABSENCE_PERCENTAGE',
  NOTIFICATION_FREQUENCY = 'NOTIFICATION_FREQUENCY',
  AVERAGE_DURATION_DAYS = 'AVERAGE_DURATION_DAYS',
  ZERO_ABSENCE_PERCENTAGE = 'ZERO_ABSENCE_PERCENTAGE',
  AVERAGE_HEADCOUNT = 'AVERAGE_HEADCOUNT',
  NEW_REPORTS = 'NEW_REPORTS',
  ENDED_REPORTS = 'ENDED_REPORTS',
  DURATION_1_14 = 'DURATION_1_14',
  DURATION_15_91 = 'DURATION_15_91',
  DURATION_92_365 = 'DURATION_92_365',
  DURATION_366_730 = 'DURATION_366_730',
  DURATION_OVER_730 = 'DURATION_OVER_730',
  MILESTONES_DUE = 'MILESTONES_DUE',
  MILESTONES_ON_TIME_SHARE = 'MILESTONES_ON_TIME_SHARE',
  MEDIAN_DAYS_TO_RETURN = 'MEDIAN_DAYS_TO_RETURN',
  RELAPSES = 'RELAPSES',
  PROGRAMMES_STARTED = 'PROGRAMMES_STARTED',
  PROGRAMMES_COMPLETED = 'PROGRAMMES_COMPLETED',
  PROGRAMMES_RETURNED_WITHIN_WEEKS = 'PROGRAMMES_RETURNED_WITHIN_WEEKS',
  ABSENCE_DAYS = 'ABSENCE_DAYS',
  ABSENCE_COST = 'ABSENCE_COST',
  PROGRAMME_COST = 'PROGRAMME_COST',
}
registerEnumType(AnalyticsMetric, {
  name: 'AnalyticsMetric',
  description: 'An aggregate figure of a group in a period. Never about one person: groups of fewer than 5 are suppressed.',
  valuesConfig: {
    ABSENCE_PERCENTAGE: { description: 'CBS/NVS absence percentage (part-time weighted).' },
    NOTIFICATION_FREQUENCY: { description: 'New sick reports per average employee, annualised (NVS).' },
    AVERAGE_DURATION_DAYS: { description: 'Mean calendar days of the sick reports that ended in the period.' },
    ZERO_ABSENCE_PERCENTAGE: { description: 'Share of employees without a sick day in the period.' },
    AVERAGE_HEADCOUNT: { description: 'Employment days ÷ days in the period.' },
    DURATION_1_14: { description: 'Ended reports of 1–14 days.' },
    DURATION_15_91: { description: 'Ended reports of 15–91 days.' },
    DURATION_92_365: { description: 'Ended reports of 92–365 days.' },
    DURATION_366_730: { description: 'Ended reports of 366–730 days.' },
    DURATION_OVER_730: { description: 'Ended reports of more than 730 days.' },
    MILESTONES_DUE: { description: 'Poortwachter milestones that fell due in the period (met on time or late).' },
    MILESTONES_ON_TIME_SHARE: { description: 'Of those, the share met on time (0–1).' },
    MEDIAN_DAYS_TO_RETURN: { description: 'Median days from first sick day to recovery of the reports that ended in the period.' },
    RELAPSES: { description: 'New reports in the period that continue a recent one (within 28 days of recovery).' },
    PROGRAMMES_STARTED: { description: 'On-the-job recovery programmes that started in the period (the cohort).' },
    PROGRAMMES_COMPLETED: { description: 'Of that cohort, the programmes completed.' },
    PROGRAMMES_RETURNED_WITHIN_WEEKS: { description: 'Of that cohort, the cases recovered within `returnWithinWeeks` weeks (default 12) of the start.' },
    ABSENCE_DAYS: { description: 'Sick days in the period, each weighed by its absence fraction.' },
    ABSENCE_COST: { description: 'ABSENCE_DAYS × the organization’s daily cost of absence; null while none is set.' },
    PROGRAMME_COST: { description: 'PROGRAMMES_STARTED × the organization’s programme cost; null while none is set.' },
  },
});

export enum AnalyticsGranularity {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(AnalyticsGranularity, { name: 'AnalyticsGranularity' });

@ObjectType({ description: 'One figure of one group in one period: a flat row, as BI tools read them.' })
export class AnalyticsRow {
  @Field({ description: '`2025-03`, `2025-Q1` or `2025`.' })
  period!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  organization!: string;

  @Field(() => ID, { nullable: true, description: 'null: the whole organization.' })
  departmentId!: string | null;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => AnalyticsMetric)
  metric!: AnalyticsMetric;

  @Field(() => Float, { nullable: true, description: 'null when suppressed, or when the figure is undefined (nothing to divide by).' })
  value!: number | null;

  @Field({ description: 'The group has fewer than 5 people, or was hidden so that a small group cannot be recovered from the total.' })
  suppressed!: boolean;
}

@ObjectType({ description: 'A whole series (every period × group × metric), in pages.' })
export class AnalyticsSeries {
  @Field(() => [AnalyticsRow])
  rows!: AnalyticsRow[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalRows!: number;
}
