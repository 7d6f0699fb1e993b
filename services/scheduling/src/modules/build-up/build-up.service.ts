import {
  detectStagnation,
  expandHourAgreements,
  hoursSignal,
  inputReason,
  plannedVersusActual,
  required,
  weeksInForce,
  type BuildUpHourAgreement,
  type BuildUpWeek,
  type CaseRelationship,
  type HoursSignal,
  type PlannedWeek,
  type WeekInForce,
} from '@terugkeer/domain';
import type { ActionPlanVersionChangedPayload, BuildUpChanged, StagnationDetected } from '@terugkeer/events';
import { badInput, conflict, recordEvent, type Queryable } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { schedulingConfig } from '../../config';
import type { ReplicatedCase } from '../case/case-access.repository';
import { NotificationReason } from '../notification/notification.entity';
import { notifyAll } from '../notification/notification.service';
import { caseManagersOf } from '../people/people.service';
import { buildUpLoaders, type BuildUpLoaders } from './build-up.loaders';
import { BuildUpRepository, type CheckInDipRow, type PlanVersion } from './build-up.repository';
import { HoursSignalStatus, type BuildUp, type BuildUpWeekView, type CheckInDip, type HoursSignalView, type StagnationAlertView } from './build-up.types';

const buildUps = new BuildUpRepository();

/** Alerts are for the people who act on them; the manager and employee see the hours only. */
const ALERT_READERS: CaseRelationship[] = ['COACH', 'CASE_MANAGER', 'COMPANY_DOCTOR'];

export function currentPlan(db: Queryable, caseId: string): Promise<PlanVersion | null> {
  return buildUps.currentPlan(db, caseId);
}

/** Every planned week against the plan version in force that week, so a new version never rewrites the past. */
async function scheduleInForce(db: Queryable, caseId: string): Promise<WeekInForce[]> {
  return weeksInForce(await buildUps.planVersions(db, caseId));
}

const plannedAndActual = (weeks: WeekInForce[], actuals: Map<string, number>): BuildUpWeek[] =>
  weeks.map((w) => ({ weekStart: w.weekStart, plannedHours: w.homeHours + w.locationHours, actualHours: actuals.get(w.weekStart) ?? null }));

/**
 * The schedule as these relationships may see it; null until there is a plan. Everyone gets the
 * hours signal (hours only); the alerts, which may carry a check-in dip, only those who act on them.
 */
export async function buildUpOf(
  dataSource: DataSource,
  caseId: string,
  relationships: CaseRelationship[],
  loaders: BuildUpLoaders = buildUpLoaders(dataSource),
): Promise<BuildUp | null> {
  const plan = await loaders.currentPlan.load(caseId);
  if (!plan) return null;
  const inForce = weeksInForce(await loaders.planVersions.load(caseId));
  const actuals = await loaders.actualHours.load(caseId);
  const weeks = weekViews(inForce, actuals);
  const alerts = relationships.some((r) => ALERT_READERS.includes(r)) ? await stagnationAlerts(dataSource, caseId, relationships) : [];
  const signal = hoursSignal(plannedAndActual(inForce, actuals), schedulingConfig().stagnation.toleranceHours);
  return { caseId, version: plan.version, source: plan.source, weeks, stagnationAlerts: alerts, hoursSignal: hoursSignalView(signal) };
}

function hoursSignalView(signal: HoursSignal): HoursSignalView {
  return {
    status: HoursSignalStatus[signal.status],
    lastEnteredWeek: signal.status === 'NO_HOURS_YET' ? null : signal.lastEnteredWeek,
    weeksBehind: signal.status === 'BEHIND_PLAN' ? signal.weeksBehind : 0,
    hoursBehind: signal.status === 'BEHIND_PLAN' ? signal.hoursBehind : 0,
  };
}

async function stagnationAlerts(db: Queryable, caseId: string, relationships: CaseRelationship[]): Promise<StagnationAlertView[]> {
  const rows = await buildUps.alerts(db, caseId);
  const dips = (await mayShowDips(db, caseId, relationships)) ? await buildUps.checkInDips(db, caseId) : [];
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    weekStart: row.weekStart,
    planned: row.detail.planned,
    actual: row.detail.actual,
    detectedAt: row.detectedAt.toISOString(),
    dip: nearestDip(dips, row.weekStart),
  }));
}

/** A dip in the alert's week or the week before it. */
function nearestDip(dips: CheckInDipRow[], weekStart: string): CheckInDip | null {
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
async function mayShowDips(db: Queryable, caseId: string, relationships: CaseRelationship[]): Promise<boolean> {
  if (relationships.includes('EMPLOYEE')) return true;
  const roles = relationships.filter((r) => r === 'COACH' || r === 'COMPANY_DOCTOR');
  if (roles.length === 0) return false;
  return buildUps.checkInsConsentedTo(db, caseId, roles);
}

/** A new version of the planned hours set by hand, in its own transaction; the schedule as it now is. */
export async function setPlan(
  dataSource: DataSource,
  facts: ReplicatedCase,
  relationships: CaseRelationship[],
  weeks: BuildUpHourAgreement[],
  expectedVersion: number,
  actorId: string,
): Promise<BuildUp> {
  await dataSource.transaction((manager) => savePlanVersion(manager, facts, weeks, 'MANUAL', { expectedVersion, actorId }));
  return required(await buildUpOf(dataSource, facts.caseId, relationships), 'the build-up schedule just saved');
}

/** Hours worked in a week, in its own transaction; the schedule as it now is. */
export async function enterActual(
  dataSource: DataSource,
  facts: ReplicatedCase,
  relationships: CaseRelationship[],
  weekStart: string,
  hours: number,
  actorId: string,
): Promise<BuildUp> {
  await dataSource.transaction((manager) => recordActual(manager, facts, weekStart, hours, actorId));
  return required(await buildUpOf(dataSource, facts.caseId, relationships), 'the build-up schedule just saved');
}

/** A signed plan of action fixes the planned hours, once per plan version. */
export async function adoptActionPlanHours(manager: EntityManager, facts: ReplicatedCase, plan: ActionPlanVersionChangedPayload): Promise<void> {
  if (plan.hourAgreements.length === 0 || (await buildUps.hasActionPlanVersion(manager, plan.caseId, plan.version))) return;
  await savePlanVersion(manager, facts, plan.hourAgreements, 'ACTION_PLAN', { actionPlanVersion: plan.version, actorId: plan.savedByUserId });
}

function weekViews(weeks: WeekInForce[], actuals: Map<string, number>): BuildUpWeekView[] {
  const rows = plannedVersusActual(plannedAndActual(weeks, actuals));
  return rows.map((row, i) => ({
    weekStart: row.weekStart,
    planned: row.planned,
    actual: row.actual,
    home: weeks[i].homeHours,
    location: weeks[i].locationHours,
    therapeutic: weeks[i].therapeutic,
    tasks: weeks[i].tasks,
    planVersion: weeks[i].planVersion,
    difference: row.difference,
    cumulativeDifference: row.cumulativeDifference,
  }));
}

/** A new plan version (from the action plan or set by hand); refused when `expectedVersion` is stale. */
export async function savePlanVersion(
  manager: EntityManager,
  facts: ReplicatedCase,
  agreements: BuildUpHourAgreement[],
  source: PlanVersion['source'],
  options: { expectedVersion?: number; actionPlanVersion?: number; actorId: string | null },
): Promise<void> {
  await buildUps.lock(manager, facts.caseId);
  const current = await buildUps.currentPlan(manager, facts.caseId);
  const currentVersion = current?.version ?? 0;
  if (options.expectedVersion !== undefined && options.expectedVersion !== currentVersion) throw conflict('Build-up schedule', currentVersion);
  let weeks: PlannedWeek[];
  try {
    weeks = expandHourAgreements(agreements);
  } catch (error) {
    throw badInput('weeks', inputReason('INVALID', { detail: (error as Error).message }));
  }
  await buildUps.insertPlan(manager, {
    caseId: facts.caseId,
    version: currentVersion + 1,
    source,
    actionPlanVersion: options.actionPlanVersion ?? null,
    weeks,
    createdBy: options.actorId,
  });
  await buildUpChanged(manager, facts);
}

export async function recordActual(manager: EntityManager, facts: ReplicatedCase, weekStart: string, hours: number, actorId: string): Promise<void> {
  if (!(hours >= 0 && hours <= 80)) throw badInput('hours', inputReason('OUT_OF_RANGE', { min: 0, max: 80 }));
  if (!(await scheduleInForce(manager, facts.caseId)).some((w) => w.weekStart === weekStart)) throw badInput('weekStart', inputReason('NOT_A_SCHEDULE_WEEK'));
  await buildUps.saveActual(manager, { caseId: facts.caseId, weekStart, hours, enteredBy: actorId });
  await buildUpChanged(manager, facts);
}

/**
 * After every change: the event with the whole schedule, and stagnation checked. An alert is
 * raised once per kind and week; a new one tells the coach and the case managers.
 */
async function buildUpChanged(manager: EntityManager, facts: ReplicatedCase): Promise<void> {
  const plan = await buildUps.currentPlan(manager, facts.caseId);
  if (!plan) return;
  const inForce = await scheduleInForce(manager, facts.caseId);
  const weeks = plannedAndActual(inForce, await buildUps.actualHours(manager, facts.caseId));
  await recordEvent<BuildUpChanged>(manager, {
    type: 'build-up.changed',
    aggregateId: facts.caseId,
    organizationId: facts.organizationId,
    payload: {
      caseId: facts.caseId,
      scheduleId: facts.caseId,
      version: plan.version,
      weeks: weeks.map((w, i) => ({ ...w, therapeutic: inForce[i].therapeutic })),
    },
  });

  for (const alert of detectStagnation(weeks, schedulingConfig().stagnation)) {
    const id = randomUUID();
    if (!(await buildUps.insertAlert(manager, { id, caseId: facts.caseId, kind: alert.kind, weekStart: alert.weekStart, detail: alert.detail }))) continue;
    await recordEvent<StagnationDetected>(manager, {
      type: 'stagnation.detected',
      aggregateId: facts.caseId,
      organizationId: facts.organizationId,
      payload: { caseId: facts.caseId, alertId: id, reason: alert.kind, weekStart: alert.weekStart },
    });
    const recipients = [...facts.coachUserIds, ...(await caseManagersOf(manager, facts.organizationId))];
    await notifyAll(manager, recipients, {
      caseId: facts.caseId,
      reason: NotificationReason.STAGNATION_DETECTED,
      subjectId: id,
      dueAt: null,
      title: `Opbouw stagneert (${STAGNATION_LABELS[alert.kind]})`,
      body: `In de week van ${alert.weekStart}: gepland ${alert.detail.planned} uur, gewerkt ${alert.detail.actual ?? '–'} uur. Bekijk het opbouwschema en bespreek de volgende stap.`,
    });
  }
}

const STAGNATION_LABELS: Record<string, string> = {
  BELOW_PLAN: 'onder de planning',
  NO_RISE: 'geen stijging',
  FALL_BACK: 'terugval',
  FASTER_THAN_ADVICE: 'sneller dan het advies',
};
