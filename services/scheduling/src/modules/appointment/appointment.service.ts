import { inputReason, isIsoDateTime, localDateTimeIn, required } from '@terugkeer/domain';
import type { AppointmentChanged } from '@terugkeer/events';
import { badInput, recordEvent } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { schedulingConfig } from '../../config';
import type { ReplicatedCase } from '../case-access/case-access.repository';
import { requireCasePeople } from '../case-access/case-people';
import { NotificationReason } from '../notification/notification.entity';
import { replaceReminders } from '../notification/reminders';
import { peopleByIds } from '../people/people';
import {
  Appointment,
  AppointmentKind,
  AppointmentLocation,
  AppointmentStatus,
  type AppointmentParticipant,
  type AppointmentPurpose,
} from './appointment.entity';
import type { AppointmentConflict } from './appointment.types';

export const KIND_LABELS: Record<AppointmentKind, string> = {
  REFLECTION_TALK: 'Reflectiegesprek',
  DIALOGUE_TALK: 'Dialooggesprek',
  THREE_WAY_TALK: 'Driegesprek',
  COMPANY_DOCTOR_CONSULT: 'Spreekuur bedrijfsarts',
  ACTION_PLAN_EVALUATION: 'Evaluatie plan van aanpak',
  CONTACT_MOMENT: 'Contactmoment',
  PROBLEM_ANALYSIS_CONSULT: 'Spreekuur probleemanalyse',
};

export const LOCATION_LABELS: Record<AppointmentLocation, string> = {
  OFFICE: 'op kantoor',
  HOME: 'thuis',
  NEUTRAL_PLACE: 'op een neutrale plek',
  ONLINE: 'online',
};

export function parseInstant(field: string, value: string): Date {
  if (!isIsoDateTime(value)) throw badInput(field, inputReason('NOT_A_DATE_TIME'));
  return new Date(value);
}

export function checkInterval(startsAt: string, endsAt: string): { start: Date; end: Date } {
  const start = parseInstant('startsAt', startsAt);
  const end = parseInstant('endsAt', endsAt);
  if (end <= start) throw badInput('endsAt', inputReason('BEFORE_START', { start: 'startsAt' }));
  return { start, end };
}

/**
 * Names and roles of the people taking part. Case participants keep their role; anyone else
 * of the case's employer is a colleague, who only takes part in a dialogue talk; anyone
 * beyond that is refused before their name or their diary is looked at.
 */
export async function resolveParticipants(
  manager: EntityManager,
  facts: ReplicatedCase,
  kind: AppointmentKind,
  userIds: string[],
): Promise<AppointmentParticipant[]> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) throw badInput('participantUserIds', inputReason('TOO_FEW', { min: 1 }));
  const roles = await requireCasePeople(manager, facts, ids, 'participantUserIds');
  if (kind !== AppointmentKind.DIALOGUE_TALK && [...roles.values()].includes('COLLEAGUE')) {
    throw badInput('participantUserIds', inputReason('NOT_A_PARTICIPANT'));
  }
  const people = await peopleByIds(manager, ids);
  return ids.map((userId) => ({
    userId,
    role: required(roles.get(userId), `the role of participant ${userId}`),
    name: people.get(userId)?.name ?? 'Onbekend',
  }));
}

/** Planned appointments of these people that overlap the interval (half-open), other than `exceptId`. */
export async function findConflicts(
  manager: EntityManager,
  userIds: string[],
  start: Date,
  end: Date,
  exceptId: string | null = null,
): Promise<AppointmentConflict[]> {
  const rows: { user_id: string; starts_at: Date; ends_at: Date }[] = await manager.query(
    `SELECT u AS user_id, a.starts_at, a.ends_at
       FROM appointments a, unnest(a.participant_user_ids) u
      WHERE u = ANY($1::uuid[]) AND a.status = 'PLANNED' AND a.starts_at < $3 AND a.ends_at > $2
        AND ($4::uuid IS NULL OR a.id <> $4)
      ORDER BY a.starts_at`,
    [userIds, start, end, exceptId],
  );
  const people = await peopleByIds(manager, [...new Set(rows.map((r) => r.user_id))]);
  return rows.map((r) => ({
    userId: r.user_id,
    name: people.get(r.user_id)?.name ?? 'Onbekend',
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
  }));
}

export interface NewAppointment {
  kind: AppointmentKind;
  start: Date;
  end: Date;
  location: AppointmentLocation;
  purpose: AppointmentPurpose | null;
  participants: AppointmentParticipant[];
  programmeId?: string | null;
  programmeWeek?: number | null;
  sourceKey?: string | null;
  status?: AppointmentStatus;
}

export async function insertAppointment(manager: EntityManager, facts: ReplicatedCase, fields: NewAppointment, actorId: string | null): Promise<Appointment> {
  const appointment = manager.create(Appointment, {
    id: randomUUID(),
    caseId: facts.caseId,
    kind: fields.kind,
    startsAt: fields.start.toISOString(),
    endsAt: fields.end.toISOString(),
    location: fields.location,
    status: fields.status ?? AppointmentStatus.PLANNED,
    purpose: fields.purpose,
    participants: fields.participants,
    participantUserIds: fields.participants.map((p) => p.userId),
    sessionReportId: null,
    programmeId: fields.programmeId ?? null,
    programmeWeek: fields.programmeWeek ?? null,
    sourceKey: fields.sourceKey ?? null,
    version: 1,
    createdBy: actorId,
  });
  await manager.save(appointment);
  await appointmentChanged(manager, facts, appointment);
  return appointment;
}

/** Every change: the event, and the reminders recomputed (none for a cancelled or past appointment). */
export async function appointmentChanged(manager: EntityManager, facts: ReplicatedCase, appointment: Appointment): Promise<void> {
  await recordEvent<AppointmentChanged>(manager, {
    type: 'appointment.changed',
    aggregateId: appointment.caseId,
    organizationId: facts.organizationId,
    payload: {
      appointmentId: appointment.id,
      caseId: appointment.caseId,
      kind: appointment.kind,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      status: appointment.status,
      programmeId: appointment.programmeId,
    },
  });
  const start = new Date(appointment.startsAt);
  const label = KIND_LABELS[appointment.kind];
  const when = localDateTimeIn(schedulingConfig().timeZone, start).replace('T', ' om ');
  const wanted =
    appointment.status !== AppointmentStatus.PLANNED
      ? []
      : appointment.participants.map((p) => ({
          userId: p.userId,
          caseId: appointment.caseId,
          reason: NotificationReason.APPOINTMENT_REMINDER,
          subjectId: appointment.id,
          dueAt: start.toISOString(),
          remindAt: new Date(start.getTime() - schedulingConfig().appointmentReminderHours * 3_600_000),
          title: `Herinnering: ${label} op ${when}`,
          body: `${label} op ${when} ${LOCATION_LABELS[appointment.location]}. Deelnemers: ${appointment.participants.map((x) => x.name).join(', ')}.`,
        }));
  await replaceReminders(manager, { reason: NotificationReason.APPOINTMENT_REMINDER, subjectId: appointment.id }, wanted);
}
