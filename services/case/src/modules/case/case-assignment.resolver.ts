import { inputReason } from '@terugkeer/domain';
import { badInput, forbidden } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver, registerEnumType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { Case } from './case.entity';
import { requireVisibleCase } from './case-access';
import { CaseService } from './case.service';

export enum AssignableRole {
  COMPANY_DOCTOR = 'COMPANY_DOCTOR',
  COACH = 'COACH',
}
registerEnumType(AssignableRole, { name: 'AssignableRole' });

@InputType()
export class AssignToCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: 'A company doctor or coach of a health provider that serves the organization.' })
  userId!: string;

  @Field(() => AssignableRole)
  role!: AssignableRole;

  @Field({ defaultValue: true, description: 'False removes the assignment.' })
  assigned!: boolean;
}

@Resolver(() => Case)
export class CaseAssignmentResolver {
  private readonly service: CaseService;

  constructor(dataSource: DataSource) {
    this.service = new CaseService(dataSource);
  }

  @Authorized('CASE_MANAGER')
  @Mutation(() => Case, { description: 'Assigns (or removes) the company doctor or coach of a case.' })
  async assignToCase(@Arg('input') input: AssignToCaseInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    if (!relationships.includes('CASE_MANAGER')) throw forbidden('Only the case manager assigns a doctor or coach.');
    if (!(await this.service.mayBeAssigned(found, input))) throw badInput('userId', inputReason('NOT_ELIGIBLE_PROFESSIONAL'));
    await this.service.assign(context.viewer.userId, found, input);
    context.loaders.caseAccessFacts.clear(found.id);
    return found;
  }
}
