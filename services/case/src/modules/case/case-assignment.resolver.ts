import { inputReason } from '@terugkeer/domain';
import { badInput, forbidden } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver, registerEnumType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { appendAudit } from '../audit';
import { Case } from './case.entity';
import { requireVisibleCase } from './case-access';
import { publishParticipants } from './case-participants';

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
  constructor(private readonly dataSource: DataSource) {}

  @Authorized('CASE_MANAGER')
  @Mutation(() => Case, { description: 'Assigns (or removes) the company doctor or coach of a case.' })
  async assignToCase(@Arg('input') input: AssignToCaseInput, @Ctx() context: CaseContext) {
    const { case: found, relationships } = await requireVisibleCase(context, input.caseId);
    if (!relationships.includes('CASE_MANAGER')) throw forbidden('Only the case manager assigns a doctor or coach.');
    const [eligible] = await this.dataSource.query(
      `SELECT 1 FROM memberships m JOIN provider_organizations p ON p.health_provider_id = m.health_provider_id
        WHERE m.user_id::text = $1 AND m.role = $2 AND p.organization_id = $3`,
      [input.userId, input.role, found.organizationId],
    );
    if (!eligible) throw badInput('userId', inputReason('NOT_ELIGIBLE_PROFESSIONAL'));
    await this.dataSource.transaction(async (manager) => {
      if (input.assigned) {
        await manager.query(`INSERT INTO case_assignments (case_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          found.id,
          input.userId,
          input.role,
        ]);
      } else {
        await manager.query(`DELETE FROM case_assignments WHERE case_id = $1 AND user_id = $2 AND role = $3`, [found.id, input.userId, input.role]);
      }
      await publishParticipants(manager, found.id, found.organizationId);
      await appendAudit(manager, {
        actorUserId: context.viewer.userId,
        actorRole: 'CASE_MANAGER',
        organizationId: found.organizationId,
        subjectEmployeeId: found.employeeId,
        caseId: found.id,
        action: input.assigned ? 'CREATE' : 'DELETE',
        dataClass: 'CASE_BASICS',
        recordId: input.userId,
        detail: { assignment: input.role },
      });
    });
    context.loaders.caseAccessFacts.clear(found.id);
    return found;
  }
}
