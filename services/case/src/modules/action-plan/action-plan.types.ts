import { ACTION_PLAN_LIMITS } from '@terugkeer/domain';
import { IsoDateScalar } from '@terugkeer/service-kit';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ContactFrequency {
  WEEKLY = 'WEEKLY',
  BIWEEKLY = 'BIWEEKLY',
  MONTHLY = 'MONTHLY',
}
registerEnumType(ContactFrequency, { name: 'ContactFrequency' });

export enum ContactMode {
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
  EMAIL = 'EMAIL',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(ContactMode, { name: 'ContactMode' });

export enum ContactPurpose {
  INFORM = 'INFORM',
  THINK_ALONG = 'THINK_ALONG',
  EVALUATE = 'EVALUATE',
}
registerEnumType(ContactPurpose, { name: 'ContactPurpose', description: 'What a contact between manager and employee is for.' });

export enum MeetingPlace {
  OFFICE = 'OFFICE',
  HOME = 'HOME',
  NEUTRAL_PLACE = 'NEUTRAL_PLACE',
  ONLINE = 'ONLINE',
}
registerEnumType(MeetingPlace, { name: 'MeetingPlace', description: 'Where live meetings happen.' });

export enum PlanSignatory {
  EMPLOYEE = 'EMPLOYEE',
  MANAGER = 'MANAGER',
}
registerEnumType(PlanSignatory, { name: 'PlanSignatory' });

export enum ActionPlanVersionStatus {
  DRAFT = 'DRAFT',
  PARTLY_SIGNED = 'PARTLY_SIGNED',
  SIGNED = 'SIGNED',
}
registerEnumType(ActionPlanVersionStatus, {
  name: 'ActionPlanVersionStatus',
  description: 'DRAFT is edited in place; once signed by anyone a version is frozen and an edit starts a new one.',
});

@ObjectType({ description: 'An activity or goal of the plan, with its deadline.' })
export class PlanItem {
  @Field()
  description!: string;

  @Field(() => IsoDateScalar)
  deadline!: string;
}

@ObjectType({ description: 'One phase of the build-up of hours, from its week until the next phase.' })
export class HourAgreement {
  @Field(() => IsoDateScalar, { description: 'Monday of the first week of this phase.' })
  weekStart!: string;

  @Field(() => Float)
  hoursPerWeek!: number;

  @Field(() => Float)
  homeHours!: number;

  @Field(() => Float)
  locationHours!: number;

  @Field(() => [String])
  tasksToStartWith!: string[];

  @Field(() => [String], { description: 'Tasks that are still too much in this phase.' })
  tasksTooMuch!: string[];

  @Field({ description: 'Work on a therapeutic basis (arbeidstherapeutisch): light tasks while still on sick leave.' })
  therapeutic!: boolean;
}

@ObjectType({ description: 'When and how manager and employee are in touch, and what for.' })
export class ContactAgreement {
  @Field(() => ContactFrequency)
  frequency!: ContactFrequency;

  @Field(() => Int, { nullable: true, description: 'ISO weekday, 1 = Monday.' })
  weekday!: number | null;

  @Field(() => String, { nullable: true, description: 'Local time HH:MM.' })
  time!: string | null;

  @Field(() => ContactMode)
  mode!: ContactMode;

  @Field(() => ContactPurpose)
  purpose!: ContactPurpose;

  @Field(() => MeetingPlace, { nullable: true })
  meetingPlace!: MeetingPlace | null;
}

@ObjectType()
export class PlanSignature {
  @Field(() => PlanSignatory)
  role!: PlanSignatory;

  userId!: string;

  @Field()
  name!: string;

  @Field()
  signedAt!: Date;
}

@ObjectType({ description: 'One version of the plan of action, as agreed (or being agreed) by employee and manager.' })
export class ActionPlanVersion {
  @Field(() => Int)
  number!: number;

  @Field(() => ActionPlanVersionStatus)
  status!: ActionPlanVersionStatus;

  @Field(() => [PlanItem])
  activities!: PlanItem[];

  @Field(() => [PlanItem])
  goals!: PlanItem[];

  @Field(() => String, { nullable: true })
  contactPerson!: string | null;

  @Field(() => Int, { description: 'Weeks between evaluation moments.' })
  evaluationEveryWeeks!: number;

  @Field(() => [HourAgreement])
  hourAgreements!: HourAgreement[];

  @Field(() => ContactAgreement, { nullable: true })
  contactAgreement!: ContactAgreement | null;

  @Field(() => String, { nullable: true, description: "The employee's own view on the plan, in their words." })
  employeeView!: string | null;

  @Field(() => [PlanSignature])
  signatures!: PlanSignature[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType({ description: 'An evaluation moment of the plan that was held.' })
export class PlanEvaluation {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Fulfils the legal milestone EVALUATION#number.' })
  number!: number;

  @Field(() => IsoDateScalar)
  heldOn!: string;

  @Field()
  outcome!: string;
}

@ObjectType({ description: 'The plan of action (plan van aanpak) of a case, with all its versions.' })
export class ActionPlan {
  @Field(() => ID)
  id!: string;

  caseId!: string;

  @Field(() => Int, { description: 'Optimistic-concurrency version; moves on with every save and signature. Send it back as expectedVersion.' })
  version!: number;

  @Field(() => ActionPlanVersion)
  latest!: ActionPlanVersion;

  @Field(() => ActionPlanVersion, { nullable: true, description: 'The latest version both employee and manager signed.' })
  signed!: ActionPlanVersion | null;

  @Field(() => [ActionPlanVersion], { description: 'Every version, oldest first.' })
  versions!: ActionPlanVersion[];

  @Field(() => [PlanEvaluation])
  evaluations!: PlanEvaluation[];
}

@InputType()
export class PlanItemInput {
  @Field()
  description!: string;

  @Field({ description: 'ISO date YYYY-MM-DD; checked by the service so that an error names the item.' })
  deadline!: string;
}

@InputType()
export class HourAgreementInput {
  @Field({ description: 'Monday of the first week of this phase, ISO YYYY-MM-DD.' })
  weekStart!: string;

  @Field(() => Float)
  hoursPerWeek!: number;

  @Field(() => Float)
  homeHours!: number;

  @Field(() => Float)
  locationHours!: number;

  @Field(() => [String], { defaultValue: [] })
  tasksToStartWith!: string[];

  @Field(() => [String], { defaultValue: [] })
  tasksTooMuch!: string[];

  @Field({ defaultValue: false })
  therapeutic!: boolean;
}

@InputType()
export class ContactAgreementInput {
  @Field(() => ContactFrequency)
  frequency!: ContactFrequency;

  @Field(() => Int, { nullable: true })
  weekday?: number | null;

  @Field(() => String, { nullable: true })
  time?: string | null;

  @Field(() => ContactMode)
  mode!: ContactMode;

  @Field(() => ContactPurpose)
  purpose!: ContactPurpose;

  @Field(() => MeetingPlace, { nullable: true })
  meetingPlace?: MeetingPlace | null;
}

@InputType({ description: 'The whole content of the plan; it replaces the draft, or starts a new version after a signature.' })
export class SaveActionPlanInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: 'The plan version you read; 0 when there is no plan yet.' })
  expectedVersion!: number;

  @Field(() => [PlanItemInput], { defaultValue: [] })
  activities!: PlanItemInput[];

  @Field(() => [PlanItemInput], { defaultValue: [] })
  goals!: PlanItemInput[];

  @Field(() => String, { nullable: true })
  contactPerson?: string | null;

  @Field(() => Int, { defaultValue: ACTION_PLAN_LIMITS.evaluationEveryWeeks.default })
  evaluationEveryWeeks!: number;

  @Field(() => [HourAgreementInput], { defaultValue: [] })
  hourAgreements!: HourAgreementInput[];

  @Field(() => ContactAgreementInput, { nullable: true })
  contactAgreement?: ContactAgreementInput | null;
}

@InputType()
export class SignActionPlanInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: 'The number of the version being signed: the latest.' })
  versionNumber!: number;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType()
export class SetEmployeeViewInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field()
  text!: string;
}
