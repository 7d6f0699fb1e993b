import { inputReason, isIsoDateTime, localDateTimeIn, required } from '@terugkeer/domain';
import type { AppointmentChanged } from '@terugkeer/events';
import { badInput, conflict, isUuid, notFound, recordEvent } from '@terugkeer/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { schedulingConfig } from '../../config';
import type { ReplicatedCase } from '../case/case-access.repository';
import { requireCasePeople } from '../case/case-people.service';
import { NotificationReason } from '../notification/notification.entity';
import { replaceReminders } from '../notification/reminder.service';
import { peopleByIds } from '../people/people.service';
import { Appointment, AppointmentKind, AppointmentLocation, AppointmentStatus, type AppointmentParticipant } from './appointment.entity';
import { AppointmentRepository, type AppointmentFields } from './appointment.repository';
import type { AppointmentConflict, AppointmentTimeInput, BookAppointmentInput, BookingResult } from './appointment.types';

const appointments = new AppointmentRepository();

export const KIND_LABELS: Record<AppointmentKind, string> = {
  REFLECTION_TALK: 'Reflectiegesprek',
  DIALOGUE_TALK: 'Dialooggesprek',
  THREE_WAY_TALK: 'Driegesprek',
  COMPANY_DOCTOR_CONSULT: 'Spreekuur bedrijfsarts',
  ACTION_PLAN_EVALUATION: 'Evaluatie plan van aanpak',
  CONTACT_MOMENT: 'Contactmoment',
  PROBLEM_ANALYSIS_CONSULT: 'Spreekuur probleemanalyse',
  EXTRA_TALK: 'Extra gesprek met de coach',
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
  const busy = await appointments.busyParticipants(manager, userIds, start, end, exceptId);
  const people = await peopleByIds(manager, [...new Set(busy.map((b) => b.userId))]);
  return busy.map((b) => ({
    userId: b.userId,
    name: people.get(b.userId)?.name ?? 'Onbekend',
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
  }));
}

/** An appointment to book on a case, by someone or by the plan. */
export type NewAppointment = Omit<AppointmentFields, 'caseId' | 'createdBy'>;

export async function insertAppointment(manager: EntityManager, facts: ReplicatedCase, fields: NewAppointment, actorId: string | null): Promise<Appointment> {
  const appointment = await appointments.insert(manager, { ...fields, caseId: facts.caseId, createdBy: actorId });
  await appointmentChanged(manager, facts, appointment);
  return appointment;
}

/** Saves a change to the appointment, with its event and its reminders. */
export async function saveChange(manager: EntityManager, facts: ReplicatedCase, appointment: Appointment): Promise<void> {
  appointment.version += 1;
  await appointments.save(manager, appointment);
  await appointmentChanged(manager, facts, appointment);
}

/** Books unless a participant is busy; with `bookDespiteConflicts` it books anyway. */
export function bookAppointment(dataSource: DataSource, facts: ReplicatedCase, input: BookAppointmentInput, actorId: string): Promise<BookingResult> {
  return dataSource.transaction(async (manager) => {
    const participants = await resolveParticipants(manager, facts, input.kind, input.participantUserIds);
    const { start, end } = checkInterval(input.startsAt, input.endsAt);
    const conflicts = await findConflicts(
      manager,
      participants.map((p) => p.userId),
      start,
      end,
    );
    if (conflicts.length && !input.bookDespiteConflicts) return { booked: false, appointment: null, conflicts };
    const appointment = await insertAppointment(
      manager,
      facts,
      { kind: input.kind, start, end, location: input.location, purpose: input.purpose ?? null, participants },
      actorId,
    );
    return { booked: true, appointment, conflicts };
  });
}

/** Who of the participants is busy in the interval, before booking. */
export async function conflictsBeforeBooking(dataSource: DataSource, facts: ReplicatedCase, input: AppointmentTimeInput): Promise<AppointmentConflict[]> {
  await requireCasePeople(dataSource.manager, facts, input.participantUserIds, 'participantUserIds');
  const { start, end } = checkInterval(input.startsAt, input.endsAt);
  return findConflicts(dataSource.manager, input.participantUserIds, start, end);
}

/** Who may change an appointment of a case: the case's facts, or an error. */
export type AuthorizeChange = (caseId: string) => Promise<ReplicatedCase>;

/**
 * Changes an appointment in one transaction: its row locked, the change authorized for its
 * case, and refused when somebody changed it since `expectedVersion`.
 */
export function changeAppointment<T>(
  dataSource: DataSource,
  id: string,
  expectedVersion: number,
  authorize: AuthorizeChange,
  change: (manager: EntityManager, appointment: Appointment, facts: ReplicatedCase) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    if (!isUuid(id)) throw notFound('Appointment', id);
    const appointment = await appointments.lock(manager, id);
    if (!appointment) throw notFound('Appointment', id);
    const facts = await authorize(appointment.caseId);
    if (appointment.version !== expectedVersion) throw conflict('Appointment', appointment.version);
    return change(manager, appointment, facts);
  });
}

/** Moves the appointment unless a participant is busy then; with `bookDespiteConflicts` it moves anyway. */
export async function rescheduleAppointment(
  manager: EntityManager,
  facts: ReplicatedCase,
  appointment: Appointment,
  interval: { start: Date; end: Date },
  bookDespiteConflicts: boolean,
): Promise<BookingResult> {
  const conflicts = await findConflicts(manager, appointment.participantUserIds, interval.start, interval.end, appointment.id);
  if (conflicts.length && !bookDespiteConflicts) return { booked: false, appointment, conflicts };
  appointment.startsAt = interval.start.toISOString();
  appointment.endsAt = interval.end.toISOString();
  await saveChange(manager, facts, appointment);
  return { booked: true, appointment, conflicts };
}

/** The appointments of a case's list, batched. */
export function appointmentsOfCases(dataSource: DataSource, caseIds: readonly string[]): Promise<Appointment[]> {
  return appointments.ofCases(dataSource.manager, caseIds);
}

/** Appointments the user takes part in, from a moment on. */
export function appointmentsOfParticipant(dataSource: DataSource, userId: string, from: Date): Promise<Appointment[]> {
  return appointments.ofParticipant(dataSource.manager, userId, from, 100);
}

/** Every change: the event, and the reminders recomputed (none for a cancelled or past appointment). */
async function appointmentChanged(manager: EntityManager, facts: ReplicatedCase, appointment: Appointment): Promise<void> {
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
