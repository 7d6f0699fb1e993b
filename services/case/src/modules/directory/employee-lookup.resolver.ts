import { inputReason } from '@terugkeer/domain';
import { badInput, forbidden, hasRole, IsoDateScalar } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { CaseContext } from '../../context';
import { employeeRelationships } from '../absence/employee-access';
import { Case } from '../case/case.entity';
import { relationshipsWithCase } from '../case/case-access';
import { isUuid } from '../case/case.repository';
import { DirectoryService } from './directory.service';
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

  @Field(() => Boolean, { nullable: true, description: 'Leave pregnancy-related absence out of the absence percentage (CBS); unchanged when left out.' })
  excludePregnancyFromAbsencePercentage?: boolean | null;
}

@Resolver(() => Employee)
export class EmployeeLookupResolver {
  private readonly service: DirectoryService;

  constructor(dataSource: DataSource) {
    this.service = new DirectoryService(dataSource);
  }

  @Authorized()
  @Query(() => Employee, { nullable: true, description: 'An employee by their number, for their case manager, their manager or themselves.' })
  async employee(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('employeeNumber') employeeNumber: string,
    @Ctx() context: CaseContext,
  ): Promise<Employee | null> {
    if (!isUuid(organizationId)) return null;
    const found = await this.service.employeeByNumber(organizationId, employeeNumber);
    return found && employeeRelationships(context, found).length ? found : null;
  }

  @Authorized()
  @FieldResolver(() => [Case], { description: 'The cases of this employee the viewer may see, oldest first.' })
  async cases(@Root() employee: Employee, @Ctx() context: CaseContext) {
    const cases = await this.service.casesOf(employee);
    const visible = await Promise.all(cases.map(async (c) => ((await relationshipsWithCase(context, c.id)).length ? c : null)));
    return visible.filter((c): c is Case => c !== null);
  }

  @Authorized()
  @FieldResolver(() => [ContractPeriod], { nullable: true, description: 'Contract history: for the employee, their manager and the case manager.' })
  async contracts(@Root() employee: Employee, @Ctx() context: CaseContext) {
    if (!employeeRelationships(context, employee).length) return null;
    return this.service.contractsOf(employee);
  }
}

@Resolver(() => Organization)
export class OrganizationSettingsResolver {
  private readonly service: DirectoryService;

  constructor(dataSource: DataSource) {
    this.service = new DirectoryService(dataSource);
  }

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
    const current = await context.loaders.organization.load(input.organizationId);
    const settings = {
      fullTimeHours: input.fullTimeHours,
      dailyAbsenceCost: input.dailyAbsenceCost ?? null,
      programmeCost: input.programmeCost ?? null,
      excludePregnancyFromAbsencePercentage: input.excludePregnancyFromAbsencePercentage ?? current?.excludePregnancyFromAbsencePercentage ?? false,
    };
    await this.service.updateOrganizationSettings(context.viewer.userId, input.organizationId, settings, { ...input });
    return context.loaders.organization.clear(input.organizationId).load(input.organizationId);
  }
}
