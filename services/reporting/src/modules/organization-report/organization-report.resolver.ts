import { inputReason, isIsoDate, PLATFORM_TIME_ZONE, todayIn } from '@terugkeer/domain';
import { badInput, hasRole, IsoDateScalar, notFound } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ReportingContext } from '../../context';
import { StatisticsRepository } from '../statistics/statistics.repository';
import { buildOrganizationReport } from './organization-report.service';
import { OrganizationReport } from './organization-report.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver()
export class OrganizationReportResolver {
  @Authorized('CASE_MANAGER')
  @Query(() => OrganizationReport, { description: "The case manager's report on the organization: compliance, phases, returns, relapses and cost." })
  async organizationReport(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('asOf', () => IsoDateScalar, { nullable: true, description: 'The report date; today when left out.' }) asOf: string | null,
    @Ctx() context: ReportingContext,
  ): Promise<OrganizationReport> {
    const unknown = notFound('Organization', organizationId);
    if (!UUID.test(organizationId) || !hasRole(context.viewer, 'CASE_MANAGER', organizationId)) throw unknown;
    // The read model holds no organization's jurisdiction: the default report day is the platform's.
    const day = asOf ?? todayIn(PLATFORM_TIME_ZONE, new Date());
    if (!isIsoDate(day)) throw badInput('asOf', inputReason('NOT_A_DATE'));
    const repository = new StatisticsRepository(context.dataSource);
    const [organization] = await repository.organizations([organizationId]);
    if (!organization) throw unknown;
    const employees = await repository.employees([organization]);
    const reports = await repository.sickReports(employees.map((e) => e.employeeId));
    return buildOrganizationReport(context.dataSource, organization, employees, reports, day);
  }
}
