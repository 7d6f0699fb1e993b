import type { BuildUpChanged, CaseEvent, CaseTimelineChanged, CheckInRecorded, ConsentChanged, ProgrammeChanged, StagnationDetected } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';

/*
 * The newest full state wins (`updated_at`, or the build-up's version); an event that
 * arrives late changes nothing. Check-ins keep scores only: the note never leaves the case service.
 */

/** How many events about the case were applied, and when the latest happened. */
export async function recordCaseActivity(event: CaseEvent, manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO case_activity (case_id, events_applied, last_event_at) VALUES ($1, 1, $2)
     ON CONFLICT (case_id) DO UPDATE SET events_applied = case_activity.events_applied + 1,
                                         last_event_at = greatest(case_activity.last_event_at, excluded.last_event_at)`,
    [event.aggregateId, event.occurredAt],
  );
}

export async function projectTimeline(event: CaseTimelineChanged, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO case_timelines (case_id, employee_id, jurisdiction, first_sick_day, recovery_date, milestones, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (case_id) DO UPDATE SET jurisdiction = excluded.jurisdiction, first_sick_day = excluded.first_sick_day,
       recovery_date = excluded.recovery_date, milestones = excluded.milestones, updated_at = excluded.updated_at
     WHERE case_timelines.updated_at <= excluded.updated_at`,
    [p.caseId, p.employeeId, p.jurisdiction, p.firstSickDay, p.recoveryDate, JSON.stringify(p.milestones), event.occurredAt],
  );
}

export async function projectBuildUp(event: BuildUpChanged, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO build_ups (case_id, schedule_id, version, weeks, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (case_id) DO UPDATE SET schedule_id = excluded.schedule_id, version = excluded.version,
       weeks = excluded.weeks, updated_at = excluded.updated_at
     WHERE build_ups.schedule_id <> excluded.schedule_id AND build_ups.updated_at <= excluded.updated_at
        OR build_ups.schedule_id = excluded.schedule_id
           AND (build_ups.version, build_ups.updated_at) <= (excluded.version, excluded.updated_at)`,
    [p.caseId, p.scheduleId, p.version, JSON.stringify(p.weeks), event.occurredAt],
  );
}

export async function projectProgramme(event: ProgrammeChanged, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO programmes (programme_id, case_id, start_date, status, held, missed, remaining, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (programme_id) DO UPDATE SET start_date = excluded.start_date, status = excluded.status, held = excluded.held,
       missed = excluded.missed, remaining = excluded.remaining, updated_at = excluded.updated_at
     WHERE programmes.updated_at <= excluded.updated_at`,
    [p.programmeId, p.caseId, p.startDate, p.status, p.held, p.missed, p.remaining, event.occurredAt],
  );
}

export async function projectStagnationAlert(event: StagnationDetected, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(`INSERT INTO stagnation_alerts (alert_id, case_id, reason, week_start) VALUES ($1, $2, $3, $4) ON CONFLICT (alert_id) DO NOTHING`, [
    p.alertId,
    p.caseId,
    p.reason,
    p.weekStart,
  ]);
}

export async function projectCheckIn(event: CheckInRecorded, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO check_in_scores (check_in_id, case_id, date, energy, demands, resources, dip) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (check_in_id) DO UPDATE SET date = excluded.date, energy = excluded.energy, demands = excluded.demands,
       resources = excluded.resources, dip = excluded.dip`,
    [p.checkInId, p.caseId, p.date, p.energy, p.demands, p.resources, p.dip],
  );
}

export async function projectConsent(event: ConsentChanged, manager: EntityManager): Promise<void> {
  const p = event.payload;
  await manager.query(
    `INSERT INTO consents (case_id, scope, grantee_role, grantee_user_id, granted, changed_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (case_id, scope, grantee_role) DO UPDATE SET grantee_user_id = excluded.grantee_user_id,
       granted = excluded.granted, changed_at = excluded.changed_at
     WHERE consents.changed_at <= excluded.changed_at`,
    [p.caseId, p.scope, p.granteeRole, p.granteeUserId, p.granted, p.changedAt],
  );
}
