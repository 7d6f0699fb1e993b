import { addDays, calendarDateIn, contactMoments, evaluationWeeks, instantFromLocal } from '@terugkeer/domain';
import type { ActionPlanVersionChangedPayload } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';
import { schedulingConfig } from '../../config';
import { AppointmentKind, AppointmentLocation, AppointmentPurpose, AppointmentStatus } from './appointment.entity';
import { AppointmentRepository } from './appointment.repository';
import { insertAppointment, resolveParticipants, saveChange } from './appointment.service';
import type { ReplicatedCase } from '../case/case-access.repository';

const appointments = new AppointmentRepository();

/** How far ahead generated contact moments and evaluations are booked; a later plan version extends them. */
const HORIZON_DAYS = 26 * 7;
const CONTACT_MINUTES = 30;
const EVALUATION_MINUTES = 60;
const EVALUATION_TIME = '10:00';

const locationOf = (mode: string) =>
  /PHONE|VIDEO|ONLINE|CALL|MAIL/i.test(mode) ? AppointmentLocation.ONLINE : /HOME/i.test(mode) ? AppointmentLocation.HOME : AppointmentLocation.OFFICE;

interface Generated {
  sourceKey: string;
  kind: AppointmentKind;
  localStart: string;
  minutes: number;
  location: AppointmentLocation;
  purpose: AppointmentPurpose;
  participantUserIds: string[];
}

/**
 * A signed plan of action fixes the contact moments and the evaluations: book the ones that
 * are missing, and cancel planned future ones of an earlier version that the new one dropped.
 * Keys make this idempotent, so replaying the same version changes nothing.
 */
export async function syncActionPlanAppointments(
  manager: EntityManager,
  facts: ReplicatedCase,
  plan: ActionPlanVersionChangedPayload,
  now = new Date(),
): Promise<void> {
  const from = calendarDateIn(schedulingConfig().timeZone, plan.savedAt);
  const until = addDays(from, HORIZON_DAYS);
  const employee = facts.employeeUserId ? [facts.employeeUserId] : [];
  const manager_ = facts.managerUserId ? [facts.managerUserId] : [];
  const wanted: Generated[] = [];
  if (plan.contactAgreement) {
    for (const localStart of contactMoments(plan.contactAgreement, from, until)) {
      wanted.push({
        sourceKey: `contact:${facts.caseId}:${localStart}`,
        kind: AppointmentKind.CONTACT_MOMENT,
        localStart,
        minutes: CONTACT_MINUTES,
        location: locationOf(plan.contactAgreement.mode),
        purpose: plan.contactAgreement.purpose as AppointmentPurpose,
        participantUserIds: [...employee, ...manager_],
      });
    }
  }
  for (const monday of evaluationWeeks(plan.evaluationEveryWeeks, from, until)) {
    const localStart = `${monday}T${EVALUATION_TIME}`;
    wanted.push({
      sourceKey: `evaluation:${facts.caseId}:${localStart}`,
      kind: AppointmentKind.ACTION_PLAN_EVALUATION,
      localStart,
      minutes: EVALUATION_MINUTES,
      location: AppointmentLocation.OFFICE,
      purpose: AppointmentPurpose.EVALUATE,
      participantUserIds: [...employee, ...manager_, ...facts.coachUserIds],
    });
  }

  const existing = await appointments.generatedFromPlan(manager, facts.caseId);
  const wantedKeys = new Set(wanted.map((w) => w.sourceKey));
  for (const appointment of existing) {
    if (
      (appointment.sourceKey !== null && wantedKeys.has(appointment.sourceKey)) ||
      appointment.status !== AppointmentStatus.PLANNED ||
      new Date(appointment.startsAt) <= now
    )
      continue;
    appointment.status = AppointmentStatus.CANCELLED;
    await saveChange(manager, facts, appointment);
  }
  const existingKeys = new Set(existing.map((a) => a.sourceKey));
  for (const generated of wanted) {
    const start = instantFromLocal(schedulingConfig().timeZone, generated.localStart);
    if (existingKeys.has(generated.sourceKey) || start <= now || generated.participantUserIds.length === 0) continue;
    await insertAppointment(
      manager,
      facts,
      {
        kind: generated.kind,
        start,
        end: new Date(start.getTime() + generated.minutes * 60_000),
        location: generated.location,
        purpose: generated.purpose,
        participants: await resolveParticipants(manager, facts, generated.kind, generated.participantUserIds),
        sourceKey: generated.sourceKey,
      },
      null,
    );
  }
}
