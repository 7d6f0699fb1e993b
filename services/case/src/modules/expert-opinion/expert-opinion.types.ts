import { IsoDateScalar } from '@terugkeer/service-kit';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum ExpertOpinionRequesterName {
  EMPLOYER = 'EMPLOYER',
  EMPLOYEE = 'EMPLOYEE',
}
registerEnumType(ExpertOpinionRequesterName, { name: 'ExpertOpinionRequester', description: 'Who asked UWV for the expert opinion.' });

export enum ExpertOpinionSubjectName {
  FITNESS_FOR_OWN_WORK = 'FITNESS_FOR_OWN_WORK',
  SUITABLE_WORK = 'SUITABLE_WORK',
  EMPLOYER_REINTEGRATION_EFFORTS = 'EMPLOYER_REINTEGRATION_EFFORTS',
  EMPLOYEE_REINTEGRATION_EFFORTS = 'EMPLOYEE_REINTEGRATION_EFFORTS',
}
registerEnumType(ExpertOpinionSubjectName, {
  name: 'ExpertOpinionSubject',
  description: 'What UWV is asked (art. 32 Wet SUWI); each party asks about the other’s re-integration efforts only.',
});

@ObjectType({ description: 'A request to UWV for an expert opinion (deskundigenoordeel) on the case, with its outcome once known.' })
export class ExpertOpinion {
  @Field(() => ID)
  id!: string;

  @Field(() => ExpertOpinionRequesterName)
  requestedBy!: ExpertOpinionRequesterName;

  @Field(() => ExpertOpinionSubjectName)
  subject!: ExpertOpinionSubjectName;

  @Field({ description: 'The question as put to UWV: work and efforts, no diagnosis.' })
  question!: string;

  @Field(() => IsoDateScalar)
  requestedOn!: string;

  @Field(() => String, { nullable: true, description: 'What UWV concluded; null while it is awaited.' })
  outcome!: string | null;

  @Field(() => IsoDateScalar, { nullable: true })
  decidedOn!: string | null;
}

@InputType()
export class RequestExpertOpinionInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ExpertOpinionRequesterName)
  requestedBy!: ExpertOpinionRequesterName;

  @Field(() => ExpertOpinionSubjectName)
  subject!: ExpertOpinionSubjectName;

  @Field()
  question!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, today or earlier.' })
  requestedOn!: string;
}

@InputType()
export class RecordExpertOpinionOutcomeInput {
  @Field(() => ID)
  expertOpinionId!: string;

  @Field()
  outcome!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, not before the request.' })
  decidedOn!: string;
}
