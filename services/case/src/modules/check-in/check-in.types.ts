import { IsoDateScalar } from '@terugkeer/service-kit';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A check-in on the Job Demands–Resources model; scores 1–10.' })
export class CheckIn {
  @Field(() => ID)
  id!: string;

  @Field(() => IsoDateScalar)
  date!: string;

  @Field(() => Int) energy!: number;
  @Field(() => Int) mood!: number;
  @Field(() => Int) sleep!: number;
  @Field(() => Int) demands!: number;
  @Field(() => Int) autonomy!: number;
  @Field(() => Int) recognition!: number;
  @Field(() => Int) socialSupport!: number;

  @Field(() => Float, { description: 'Mean of autonomy, recognition and social support.' })
  resources!: number;

  @Field(() => [String], { description: 'Ids of the early signals from the relapse-prevention plan the employee noticed.' })
  signalIds!: string[];

  @Field(() => String, { nullable: true, description: "The employee's own note: for the employee only." })
  privateNote!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the employee says they need: for the employee, and for the coach and doctor they gave the check-in detail to; never the manager.',
  })
  need!: string | null;

  @Field()
  dip!: boolean;

  @Field(() => [String], { description: 'DEMANDS_EXCEED_RESOURCES, ENERGY_BELOW_RECENT.' })
  dipReasons!: string[];
}

@ObjectType({ description: 'What a dip means, and what the employee agreed to do when it shows.' })
export class DipExplanation {
  @Field()
  isDip!: boolean;

  @Field(() => [String])
  reasons!: string[];

  @Field(() => Float)
  demands!: number;

  @Field(() => Float)
  resources!: number;

  @Field(() => Float, { nullable: true, description: 'Mean energy of the latest check-ins before this one.' })
  energyBaseline!: number | null;

  @Field(() => [String], { description: 'What the employee does, from the relapse-prevention plan, for the signals noticed, or for all signals in a dip.' })
  actions!: string[];

  @Field(() => [String], { description: 'What the employee asks of others, from the same plan and signals.' })
  asks!: string[];

  @Field(() => Int, { nullable: true, description: 'The version of the relapse-prevention plan the actions come from; null without a plan.' })
  relapsePlanVersion!: number | null;
}

@ObjectType()
export class CheckInResult {
  @Field(() => CheckIn)
  checkIn!: CheckIn;

  @Field(() => DipExplanation)
  dip!: DipExplanation;
}

@ObjectType({ description: 'One week of check-ins, averaged: what a consent for the trend shows.' })
export class CheckInTrendWeek {
  @Field(() => IsoDateScalar, { description: 'Monday of the week.' })
  weekStart!: string;

  @Field(() => Float)
  energy!: number;

  @Field(() => Float)
  demands!: number;

  @Field(() => Float)
  resources!: number;

  @Field(() => Float, { nullable: true, description: 'Mean mood of the week (1–10).' })
  mood!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean sleep of the week (1–10).' })
  sleep!: number | null;

  @Field(() => Int)
  checkIns!: number;
}

@InputType()
export class RecordCheckInInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int) energy!: number;
  @Field(() => Int) mood!: number;
  @Field(() => Int) sleep!: number;
  @Field(() => Int) demands!: number;
  @Field(() => Int) autonomy!: number;
  @Field(() => Int) recognition!: number;
  @Field(() => Int) socialSupport!: number;

  @Field(() => [String], { defaultValue: [] })
  signalIds!: string[];

  @Field(() => String, { nullable: true })
  privateNote?: string | null;

  @Field(() => String, { nullable: true, description: 'What do you need? At most 1000 characters.' })
  need?: string | null;
}
