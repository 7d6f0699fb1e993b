import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { IsoDateScalar } from '@terugkeer/service-kit';
import type { ReportingContext } from '../../context';
import { organizationAbsenceStatistics, providerAbsenceStatistics } from './absence-statistics.service';
import { AbsenceStatistics, FrequencyMethodValue } from './statistics.types';

@Resolver()
export class AbsenceStatisticsResolver {
  @Authorized('CASE_MANAGER', 'MANAGER')
  @Query(() => AbsenceStatistics, {
    description: "CBS/NVS 1996 absence statistics of an organization (case manager) or of the viewer's team (manager, groups ≥ 5).",
  })
  async absenceStatistics(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('from', () => IsoDateScalar) from: string,
    @Arg('to', () => IsoDateScalar) to: string,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId: string | null,
    @Arg('frequencyMethod', () => FrequencyMethodValue, { defaultValue: FrequencyMethodValue.NVS }) frequencyMethod: FrequencyMethodValue,
    @Ctx() context: ReportingContext,
  ): Promise<AbsenceStatistics> {
    return organizationAbsenceStatistics(context.dataSource, context.viewer, organizationId, { from, to, departmentId, frequencyMethod });
  }

  @Authorized('COMPANY_DOCTOR', 'COACH')
  @Query(() => AbsenceStatistics, {
    description: "Absence statistics across the organizations the viewer's health provider serves; groups of fewer than 5 are suppressed.",
  })
  async providerAbsenceStatistics(
    @Arg('from', () => IsoDateScalar) from: string,
    @Arg('to', () => IsoDateScalar) to: string,
    @Arg('frequencyMethod', () => FrequencyMethodValue, { defaultValue: FrequencyMethodValue.NVS }) frequencyMethod: FrequencyMethodValue,
    @Ctx() context: ReportingContext,
  ): Promise<AbsenceStatistics> {
    return providerAbsenceStatistics(context.dataSource, context.viewer, { from, to, frequencyMethod });
  }
}
