import { IsoDateScalar } from '@terugkeer/service-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ShareableTextWarning } from '../shareable-text/shareable-text';

@ObjectType({ description: "The coach's intake: does the 8-week on-the-job recovery programme fit, and if not, why (in work terms)." })
export class ProgrammeIntake {
  @Field(() => ID)
  id!: string;

  caseId!: string;

  @Field()
  fits!: boolean;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => IsoDateScalar)
  recordedOn!: string;

  @Field({ description: 'The coach who held the intake.' })
  recordedBy!: string;
}

@ObjectType({ description: 'Saved, or held back because the reason looks like health details (acknowledge to save anyway).' })
export class RecordProgrammeIntakeResult {
  @Field(() => ProgrammeIntake, { nullable: true })
  programmeIntake!: ProgrammeIntake | null;

  @Field(() => [ShareableTextWarning])
  healthWordingWarnings!: ShareableTextWarning[];
}

@InputType()
export class RecordProgrammeIntakeInput {
  @Field(() => ID)
  caseId!: string;

  @Field()
  fits!: boolean;

  @Field(() => String, { nullable: true, description: 'Required when the programme does not fit.' })
  reason?: string | null;

  @Field({ defaultValue: false })
  acknowledgeHealthWording!: boolean;
}
