import { detectStagnation, expandHourAgreements, inputReason, plannedVersusActual, type BuildUpHourAgreement, type PlannedWeek } from '@terugkeer/domain';
import type { BuildUpChanged, StagnationDetected } from '@terugkeer/events';
import { badInput, conflict, recordEvent } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { schedulingConfig } from '../../config';
import type { ReplicatedCase } from '../case-access/case-access.repository';
import { NotificationReason } from '../notification/notification.entity';
import { notifyAll } from '../notification/notify';
import { caseManagersOf } from '../people/people';
import type { BuildUpWeekView } from './build-up.types';

export interface PlanVersion {
  version: number;
  source: 'ACTION_PLAN' | 'MANUAL';
  weeks: PlannedWeek[];
}

export async function currentPlan(manager: EntityManager, caseId: string): Promise<PlanVersion | null> {
  const rows: { version: number; source: PlanVersion['source']; weeks: PlannedWeek[] }[] = await manager.query(
    `SELECT version, source, weeks FROM build_up_versions WHERE case_id = $1 ORDER BY version DESC LIMIT 1`,
    [caseId],
  );
  return rows[0] ?? null;
}

export async function actualHours(manager: EntityManager, caseId: string): Promise<Map<string, number>> {
  const rows: { week_start: string; hours: string }[] = await manager.query(`SELECT week_start, hours FROM build_up_actuals WHERE case_id = $1`, [caseId]);
  return new Map(rows.map((r) => [r.week_start, Number(r.hours)]));
}

export function weekViews(plan: PlanVersion, actuals: Map<string, number>): BuildUpWeekView[] {
  const rows = plannedVersusActual(
    plan.weeks.map((w) => ({ weekStart: w.weekStart, plannedHours: w.homeHours + w.locationHours, actualHours: actuals.get(w.weekStart) ?? null })),
  );
  return rows.map((row, i) => ({
    weekStart: row.weekStart,
    planned: row.planned,
    actual: row.actual,
    home: plan.weeks[i].homeHours,
    location: plan.weeks[i].locationHours,
    therapeutic: plan.weeks[i].therapeutic,
    tasks: plan.weeks[i].tasks,
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
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`build-up:${facts.caseId}`]);
  const current = await currentPlan(manager, facts.caseId);
  const currentVersion = current?.version ?? 0;
  if (options.expectedVersion !== undefined && options.expectedVersion !== currentVersion) throw conflict('Build-up schedule', currentVersion);
  let weeks: PlannedWeek[];
  try {
    weeks = expandHourAgreements(agreements);
  } catch (error) {
    throw badInput('weeks', inputReason('INVALID', { detail: (error as Error).message }));
  }
  await manager.query(`INSERT INTO build_up_versions (case_id, version, source, action_plan_version, weeks, created_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
    facts.caseId,
    currentVersion + 1,
    source,
    options.actionPlanVersion ?? null,
    JSON.stringify(weeks),
    options.actorId,
  ]);
  await buildUpChanged(manager, facts);
}

export async function recordActual(manager: EntityManager, facts: ReplicatedCase, weekStart: string, hours: number, actorId: string): Promise<void> {
  if (!(hours >= 0 && hours <= 80)) throw badInput('hours', inputReason('OUT_OF_RANGE', { min: 0, max: 80 }));
  const plan = await currentPlan(manager, facts.caseId);
  if (!plan?.weeks.some((w) => w.weekStart === weekStart)) throw badInput('weekStart', inputReason('NOT_A_SCHEDULE_WEEK'));
  await manager.query(
    `INSERT INTO build_up_actuals (case_id, week_start, hours, entered_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (case_id, week_start) DO UPDATE SET hours = EXCLUDED.hours, entered_by = EXCLUDED.entered_by, entered_at = now()`,
    [facts.caseId, weekStart, hours, actorId],
  );
  await buildUpChanged(manager, facts);
}

/**
 * After every change: the event with the whole schedule, and stagnation checked. An alert is
 * raised once per kind and week; a new one tells the coach and the case managers.
 */
export async function buildUpChanged(manager: EntityManager, facts: ReplicatedCase): Promise<void> {
  const plan = await currentPlan(manager, facts.caseId);
  if (!plan) return;
  const actuals = await actualHours(manager, facts.caseId);
  const weeks = plan.weeks.map((w) => ({ weekStart: w.weekStart, plannedHours: w.homeHours + w.locationHours, actualHours: actuals.get(w.weekStart) ?? null }));
  await recordEvent<BuildUpChanged>(manager, {
    type: 'build-up.changed',
    aggregateId: facts.caseId,
    organizationId: facts.organizationId,
    payload: {
      caseId: facts.caseId,
      scheduleId: facts.caseId,
      version: plan.version,
      weeks: weeks.map((w, i) => ({ ...w, therapeutic: plan.weeks[i].therapeutic })),
    },
  });

  for (const alert of detectStagnation(weeks, schedulingConfig().stagnation)) {
    const id = randomUUID();
    const inserted: unknown[] = await manager.query(
      `INSERT INTO stagnation_alerts (id, case_id, kind, week_start, detail) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id, kind, week_start) DO NOTHING RETURNING id`,
      [id, facts.caseId, alert.kind, alert.weekStart, JSON.stringify(alert.detail)],
    );
    if (inserted.length === 0) continue;
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
