import type { Jurisdiction, TimeZone } from '@terugkeer/domain';
import type { ActionPlanVersionChangedPayload, MilestonePayload, ProblemAnalysisRecordedPayload } from '@terugkeer/events';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A generated file, delivered inline.' })
export class CaseDocument {
  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field(() => Int)
  byteLength!: number;

  @Field({ description: 'The file, base64-encoded.' })
  base64!: string;
}

/** Everything the exports print, from the read model only. Medical notes never reach it. */
export interface DocumentFacts {
  caseId: string;
  organizationName: string | null;
  employeeNumber: string | null;
  /** Null until the directory's events name the employee. */
  name: string | null;
  firstSickDay: string;
  recoveryDate: string | null;
  status: string;
  /** Whose law the case follows: what the plan is called, and the zone its calendar days are counted in. */
  jurisdiction: Jurisdiction;
  timeZone: TimeZone;
  /** Oldest first. */
  planVersions: ActionPlanVersionChangedPayload[];
  /** The newest version of each analysis, oldest analysis first. */
  analyses: ProblemAnalysisRecordedPayload[];
  milestones: MilestonePayload[];
  weeks: { weekStart: string; plannedHours: number; actualHours: number | null; therapeutic: boolean }[];
  reports: { firstSickDay: string; recoveryDate: string | null; relapse: boolean; intervals: { from: string; percentage: number; therapeutic: boolean }[] }[];
}
