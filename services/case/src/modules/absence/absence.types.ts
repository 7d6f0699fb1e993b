import type { SafetyNetGround } from '@terugkeer/domain';
import { IsoDateScalar } from '@terugkeer/service-kit';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Case } from '../case/case.entity';
import { ShareableTextWarning } from '../shareable-text/shareable-text';

export enum SafetyNetGroundName {
  PREGNANCY = 'PREGNANCY',
  NO_RISK_POLICY = 'NO_RISK_POLICY',
  ORGAN_DONATION = 'ORGAN_DONATION',
}
registerEnumType(SafetyNetGroundName, {
  name: 'SafetyNetGround',
  description: 'Dutch safety-net ground (vangnet, Ziektewet): illness related to pregnancy or childbirth, a no-risk policy, organ donation.',
});

@ObjectType({ description: 'Absence at one percentage from a date until the next interval or recovery.' })
export class AbsenceIntervalView {
  @Field(() => IsoDateScalar)
  from!: string;

  @Field(() => Float, { description: 'Share of the contract hours not worked, 1–100.' })
  percentage!: number;

  @Field({ description: 'Therapeutic work (arbeidstherapeutisch): counts as full absence.' })
  therapeutic!: boolean;
}

@ObjectType({ description: 'A sick report (ziekmelding): only what an employer may record, no diagnosis.' })
export class SickReport {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The number an imported report had in its source.' })
  reportNumber!: string | null;

  @Field(() => IsoDateScalar)
  firstSickDay!: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'First fully fit day; null while still (partly) sick.' })
  recoveryDate!: string | null;

  @Field(() => [AbsenceIntervalView])
  intervals!: AbsenceIntervalView[];

  @Field(() => String, { nullable: true, description: 'How to reach the employee during the absence.' })
  contactDetails!: string | null;

  @Field(() => String, { nullable: true })
  expectedDuration!: string | null;

  @Field(() => String, { nullable: true, description: 'Appointments and work that colleagues take over.' })
  workToTakeOver!: string | null;

  @Field()
  occupationalAccident!: boolean;

  @Field({ description: 'Another party may be liable (regres).' })
  liableThirdParty!: boolean;

  @Field({ description: 'A safety-net provision (vangnetregeling) of the Sickness Benefits Act applies.' })
  safetyNet!: boolean;

  @Field(() => SafetyNetGroundName, { nullable: true, description: 'Which safety-net ground; it sets the term for the sick report to UWV.' })
  safetyNetGround?: SafetyNetGround | null;

  @Field(() => Int, { description: 'Send it back with a change; a stale one is a conflict.' })
  version!: number;
}

@ObjectType({ description: 'The outcome of recording absence: saved, or held back because of health-like wording.' })
export class SickReportResult {
  @Field({ description: 'False when nothing was saved because of the warnings.' })
  saved!: boolean;

  @Field(() => SickReport, { nullable: true })
  report!: SickReport | null;

  @Field(() => Case, { nullable: true, description: 'The case the report belongs to: a new one, or the one it continues.' })
  case!: Case | null;

  @Field(() => [ShareableTextWarning])
  warnings!: ShareableTextWarning[];
}

@InputType()
export class RecordSickReportInput {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  firstSickDay!: string;

  @Field(() => Float, { defaultValue: 100 })
  percentage!: number;

  @Field({ defaultValue: false })
  therapeutic!: boolean;

  @Field(() => String, { nullable: true, description: 'For an absence recorded afterwards: the first fully fit day.' })
  recoveryDate?: string | null;

  @Field(() => String, { nullable: true })
  contactDetails?: string | null;

  @Field(() => String, { nullable: true })
  expectedDuration?: string | null;

  @Field(() => String, { nullable: true })
  workToTakeOver?: string | null;

  @Field({ defaultValue: false })
  occupationalAccident!: boolean;

  @Field({ defaultValue: false })
  liableThirdParty!: boolean;

  @Field({ defaultValue: false })
  safetyNet!: boolean;

  @Field(() => SafetyNetGroundName, { nullable: true, description: 'NL: the safety-net ground, if any; implies `safetyNet`.' })
  safetyNetGround?: SafetyNetGroundName | null;

  @Field({ defaultValue: false, description: 'Save even though the text looks like health details (after the warning).' })
  acknowledgeHealthWording!: boolean;
}

@InputType()
export class AddAbsenceIntervalInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { description: 'YYYY-MM-DD: from this day the new percentage applies.' })
  from!: string;

  @Field(() => Float)
  percentage!: number;

  @Field({ defaultValue: false })
  therapeutic!: boolean;
}

@InputType()
export class RecordRecoveryInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { description: 'YYYY-MM-DD: the first fully fit day.' })
  recoveryDate!: string;
}
