import { inputReason } from '@terugkeer/domain';
import { badInput, forbidden, hasRole, IsoDateScalar } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { employeeRelationships } from '../absence/employee-access';
import { appendAudit } from '../audit';
import { Case } from '../case/case.entity';
import { relationshipsWithCase } from '../case/case-access';
import { publishOrganization } from './directory-events';
import { Employee } from './employee.entity';
import { Organization } from './organization.entity';

@ObjectType({ description: 'One period of a contract; a change of hours starts a new one.' })
export class ContractPeriod {
  @Field(() => IsoDateScalar)
  from!: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Last day; null while it runs.' })
  to!: string | null;

  @Field(() => Float)
  hoursPerWeek!: number;
}

@InputType()
export class UpdateOrganizationSettingsInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int)
  fullTimeHours!: number;

  @Field(() => Float, { nullable: true })
  dailyAbsenceCost!: number | null;

  @Field(() => Float, { nullable: true })
  programmeCost!: number | null;
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

@Resolver(() => Employee)
export class EmployeeLookupResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized()
  @Query(() => Employee, { nullable: true, description: 'An employee by their number, for their case manager, their manager or themselves.' })
  async employee(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('employeeNumber') employeeNumber: string,
    @Ctx() context: CaseContext,
  ): Promise<Employee | null> {
    if (!isUuid(organizationId)) return null;
    const found = await this.dataSource.getRepository(Employee).findOneBy({ organizationId, employeeNumber });
    return found && employeeRelationships(context, found).length ? found : null;
  }

  @Authorized()
  @FieldResolver(() => [Case], { description: 'The cases of this employee the viewer may see, oldest first.' })
  async cases(@Root() employee: Employee, @Ctx() context: CaseContext) {
    const cases = await this.dataSource.getRepository(Case).find({ where: { employeeId: employee.id }, order: { firstSickDay: 'ASC' } });
    const visible = await Promise.all(cases.map(async (c) => ((await relationshipsWithCase(context, c.id)).length ? c : null)));
    return visible.filter((c): c is Case => c !== null);
  }

  @Authorized()
  @FieldResolver(() => [ContractPeriod], { nullable: true, description: 'Contract history: for the employee, their manager and the case manager.' })
  async contracts(@Root() employee: Employee, @Ctx() context: CaseContext) {
    if (!employeeRelationships(context, employee).length) return null;
    return this.dataSource.query(
      `SELECT start_date AS "from", end_date AS "to", hours_per_week::float AS "hoursPerWeek" FROM contracts WHERE employee_id = $1 ORDER BY start_date`,
      [employee.id],
    );
  }
}

@Resolver(() => Organization)
export class OrganizationSettingsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authorized('CASE_MANAGER')
  @Mutation(() => Organization, { description: 'Full-time hours and the costs the reports compare.' })
  async updateOrganizationSettings(@Arg('input') input: UpdateOrganizationSettingsInput, @Ctx() context: CaseContext) {
    if (!hasRole(context.viewer, 'CASE_MANAGER', input.organizationId)) throw forbidden('Only a case manager of the organization changes its settings.');
    if (!Number.isInteger(input.fullTimeHours) || input.fullTimeHours < 1 || input.fullTimeHours > 60) {
      throw badInput('fullTimeHours', inputReason('NOT_AN_INTEGER', { min: 1, max: 60 }));
    }
    for (const field of ['dailyAbsenceCost', 'programmeCost'] as const) {
      const value = input[field];
      if (value !== null && value !== undefined && (!Number.isFinite(value) || value < 0 || value > 1_000_000)) {
        throw badInput(field, inputReason('OUT_OF_RANGE', { min: 0, max: 1_000_000 }));
      }
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE organizations SET full_time_hours = $2, daily_absence_cost = $3, programme_cost = $4 WHERE id = $1`, [
        input.organizationId,
        input.fullTimeHours,
        input.dailyAbsenceCost ?? null,
        input.programmeCost ?? null,
      ]);
      await publishOrganization(manager, input.organizationId);
      await appendAudit(manager, {
        actorUserId: context.viewer.userId,
        actorRole: 'CASE_MANAGER',
        organizationId: input.organizationId,
        subjectEmployeeId: null,
        caseId: null,
        action: 'UPDATE',
        dataClass: 'DIRECTORY',
        recordId: input.organizationId,
        detail: { ...input },
      });
    });
    return context.loaders.organization.clear(input.organizationId).load(input.organizationId);
  }
}
