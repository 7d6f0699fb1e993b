import { required, type CaseRelationship } from '@terugkeer/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context';
import { CaseRef } from '../appointment/case-ref';
import { findVisibleCase, requireOneOf, visibleCase } from '../case/case-access';
import { actualHours, currentPlan, recordActual, savePlanVersion, weekViews } from './build-up.service';
import { BuildUp, RecordActualHoursInput, SetBuildUpPlanInput, type CheckInDip, type StagnationAlertView } from './build-up.types';

/** Alerts are for the people who act on them; the manager and employee see the hours only. */
const ALERT_READERS: CaseRelationship[] = ['COACH', 'CASE_MANAGER', 'COMPANY_DOCTOR'];

@Resolver(() => CaseRef)
export class CaseBuildUpResolver {
  @Authorized()
  @FieldResolver(() => BuildUp, { nullable: true, description: 'The build-up schedule; null until there is a plan.' })
  async buildUp(@Root() ref: CaseRef, @Ctx() context: SchedulingContext): Promise<BuildUp | null> {
    const visible = await findVisibleCase(context, ref.id);
    if (!visible) return null;
    return loadBuildUp(context, ref.id, visible.relationships);
  }
}

@Resolver(() => BuildUp)
export class BuildUpResolver {
  @Authorized()
  @Query(() => BuildUp, { nullable: true, description: 'The build-up schedule of a case by its id; the same as Case.buildUp.' })
  async buildUp(@Arg('caseId', () => ID) caseId: string, @Ctx() context: SchedulingContext): Promise<BuildUp | null> {
    const visible = await findVisibleCase(context, caseId);
    return visible ? loadBuildUp(context, caseId, visible.relationships) : null;
  }

  @Authorized('CASE_MANAGER', 'COACH')
  @Mutation(() => BuildUp, { description: 'A new version of the planned hours, by the case manager or the coach.' })
  async setBuildUpPlan(@Arg('input') input: SetBuildUpPlanInput, @Ctx() context: SchedulingContext): Promise<BuildUp> {
    const visible = await visibleCase(context, input.caseId);
    requireOneOf(visible, ['CASE_MANAGER', 'COACH'], 'change the build-up schedule');
    await context.dataSource.transaction((manager) =>
      savePlanVersion(manager, visible.facts, input.weeks, 'MANUAL', { expectedVersion: input.expectedVersion, actorId: context.viewer.userId }),
    );
    return required(await loadBuildUp(context, input.caseId, visible.relationships), 'the build-up schedule just saved');
  }

  @Authorized('EMPLOYEE', 'MANAGER')
  @Mutation(() => BuildUp, { description: 'Hours actually worked in a week, entered by the employee or her manager.' })
  async recordActualHours(@Arg('input') input: RecordActualHoursInput, @Ctx() context: SchedulingContext): Promise<BuildUp> {
    const visible = await visibleCase(context, input.caseId);
    requireOneOf(visible, ['EMPLOYEE', 'MANAGER'], 'enter worked hours');
    await context.dataSource.transaction((manager) => recordActual(manager, visible.facts, input.weekStart, input.hours, context.viewer.userId));
    return required(await loadBuildUp(context, input.caseId, visible.relationships), 'the build-up schedule just saved');
  }
}

async function loadBuildUp(context: SchedulingContext, caseId: string, relationships: CaseRelationship[]): Promise<BuildUp | null> {
  const manager = context.dataSource.manager;
  const plan = await currentPlan(manager, caseId);
  if (!plan) return null;
  const weeks = weekViews(plan, await actualHours(manager, caseId));
  const alerts = relationships.some((r) => ALERT_READERS.includes(r)) ? await stagnationAlerts(context, caseId, relationships) : [];
  return { caseId, version: plan.version, source: plan.source, weeks, stagnationAlerts: alerts };
}

async function stagnationAlerts(context: SchedulingContext, caseId: string, relationships: CaseRelationship[]): Promise<StagnationAlertView[]> {
  const rows: { id: string; kind: string; week_start: string; detail: { planned: number; actual: number | null }; detected_at: Date }[] =
    await context.dataSource.query(`SELECT * FROM stagnation_alerts WHERE case_id = $1 ORDER BY week_start, kind`, [caseId]);
  const showDips = await mayShowDips(context, caseId, relationships);
  const dips: { date: string; demands: string; resources: string }[] = showDips
    ? await context.dataSource.query(`SELECT date, demands, resources FROM check_in_dips WHERE case_id = $1 ORDER BY date`, [caseId])
    : [];
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    weekStart: row.week_start,
    planned: row.detail.planned,
    actual: row.detail.actual,
    detectedAt: row.detected_at.toISOString(),
    dip: nearestDip(dips, row.week_start),
  }));
}

/** A dip in the alert's week or the week before it. */
function nearestDip(dips: { date: string; demands: string; resources: string }[], weekStart: string): CheckInDip | null {
  const from = new Date(`${weekStart}T00:00:00Z`).getTime() - 7 * 86_400_000;
  const to = from + 14 * 86_400_000;
  const near = dips.filter((d) => {
    const t = new Date(`${d.date}T00:00:00Z`).getTime();
    return t >= from && t < to;
  });
  const dip = near.at(-1);
  return dip ? { date: dip.date, demands: Number(dip.demands), resources: Number(dip.resources) } : null;
}

/** Check-ins are the employee's: a coach or doctor sees the dip only with her consent; a case manager never. */
async function mayShowDips(context: SchedulingContext, caseId: string, relationships: CaseRelationship[]): Promise<boolean> {
  if (relationships.includes('EMPLOYEE')) return true;
  const roles = relationships.filter((r) => r === 'COACH' || r === 'COMPANY_DOCTOR');
  if (roles.length === 0) return false;
  const rows: unknown[] = await context.dataSource.query(
    `SELECT 1 FROM check_in_consents WHERE case_id = $1 AND grantee_role = ANY($2) AND granted
        AND scope IN ('CHECK_IN_TREND', 'CHECK_IN_DETAIL') LIMIT 1`,
    [caseId, roles],
  );
  return rows.length > 0;
}
