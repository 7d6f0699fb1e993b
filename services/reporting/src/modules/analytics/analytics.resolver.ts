import { IsoDateScalar } from '@terugkeer/service-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { ReportingContext } from '../../context';
import { analyticsRequestOf } from './analytics-audit';
import { analyticsSeries, DEFAULT_RETURN_WITHIN_WEEKS, MAX_ANALYTICS_PAGE } from './analytics.service';
import { AnalyticsGranularity, AnalyticsMetric, AnalyticsSeries } from './analytics.types';

@Resolver()
export class AnalyticsResolver {
  @Authorized('ANALYST')
  @Query(() => AnalyticsSeries, {
    description:
      'Aggregates for analysts (ANALYST role): every period × organization (× department) × metric as flat rows, in pages of up to 1000. ' +
      'Groups of fewer than 5 people are suppressed, with complementary suppression.',
  })
  async analyticsSeries(
    @Arg('from', () => IsoDateScalar) from: string,
    @Arg('to', () => IsoDateScalar) to: string,
    @Arg('granularity', () => AnalyticsGranularity, { defaultValue: AnalyticsGranularity.MONTH }) granularity: AnalyticsGranularity,
    @Arg('byDepartment', { defaultValue: true }) byDepartment: boolean,
    @Arg('organizationId', () => ID, { nullable: true, description: 'One organization in reach; all of them when left out.' }) organizationId: string | null,
    @Arg('metrics', () => [AnalyticsMetric], { nullable: true, description: 'All metrics when left out.' }) metrics: AnalyticsMetric[] | null,
    @Arg('first', () => Int, { defaultValue: MAX_ANALYTICS_PAGE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('returnWithinWeeks', () => Int, {
      defaultValue: DEFAULT_RETURN_WITHIN_WEEKS,
      description: 'The N of PROGRAMMES_RETURNED_WITHIN_WEEKS: recovered within N weeks of the programme’s start (1–104).',
    })
    returnWithinWeeks: number,
    @Ctx() context: ReportingContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AnalyticsSeries> {
    // type-graphql leaves an omitted nullable argument undefined.
    return analyticsSeries(
      context.dataSource,
      context.viewer,
      {
        from,
        to,
        granularity,
        byDepartment,
        organizationId: organizationId ?? null,
        metrics: metrics ?? null,
        first,
        after: after ?? null,
        returnWithinWeeks,
      },
      analyticsRequestOf(info),
    );
  }
}
