import { IsoDateScalar } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ReportingContext } from '../../context';
import { organizationReport } from './organization-report.service';
import { OrganizationReport } from './organization-report.types';

@Resolver()
export class OrganizationReportResolver {
  @Authorized('CASE_MANAGER')
  @Query(() => OrganizationReport, { description: "The case manager's report on the organization: compliance, phases, returns, relapses and cost." })
  async organizationReport(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('asOf', () => IsoDateScalar, { nullable: true, description: 'The report date; today when left out.' }) asOf: string | null,
    @Ctx() context: ReportingContext,
  ): Promise<OrganizationReport> {
    return organizationReport(context.dataSource, context.viewer, organizationId, asOf);
  }
}
