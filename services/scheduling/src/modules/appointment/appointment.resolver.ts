import { conflict, IsoDateTimeScalar, isUuid, notFound } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context';
import { findVisibleCase, requireOneOf, visibleCase } from '../case/case-access';
import { requireCasePeople } from '../case-access/case-people';
import { Appointment } from './appointment.entity';
import { appointmentChanged, checkInterval, findConflicts, insertAppointment, resolveParticipants } from './appointment.service';
import {
  AppointmentConflict,
  AppointmentTimeInput,
  BookAppointmentInput,
  BookingResult,
  RescheduleAppointmentInput,
  SetAppointmentStatusInput,
} from './appointment.types';
import { CaseRef } from './case-ref';
import { Programme } from '../programme/programme.entity';
import { programmeChanged } from '../programme/programme.service';

/** Who books and moves appointments; the employee and others only read them. */
export const APPOINTMENT_WRITERS = ['CASE_MANAGER', 'COACH', 'COMPANY_DOCTOR', 'MANAGER'] as const;

@Resolver(() => CaseRef)
export class CaseAppointmentsResolver {
  @Authorized()
  // Nullable: when scheduling is away, the case and its other fields still reach the caller.
  @FieldResolver(() => [Appointment], { nullable: true, description: 'Appointments about this case, in time order; null when scheduling cannot answer.' })
  async appointments(@Root() ref: CaseRef, @Ctx() context: SchedulingContext): Promise<Appointment[]> {
    const visible = await findVisibleCase(context, ref.id);
    if (!visible) return [];
    return context.loaders.appointmentsByCase.load(ref.id);
  }
}

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Authorized()
  // Nullable: the case's own fields come from the case service, which may be away.
  @FieldResolver(() => CaseRef, { name: 'case', nullable: true })
  caseOf(@Root() appointment: Appointment): CaseRef {
    return { id: appointment.caseId };
  }

  @Authorized()
  @Query(() => [Appointment], { description: 'Appointments about a case by its id; the same as Case.appointments.' })
  async appointments(@Arg('caseId', () => ID) caseId: string, @Ctx() context: SchedulingContext): Promise<Appointment[]> {
    const visible = await findVisibleCase(context, caseId);
    return visible ? context.loaders.appointmentsByCase.load(caseId) : [];
  }

  @Authorized()
  @Query(() => [Appointment], { description: 'Appointments the viewer takes part in, from a moment on (default now).' })
  async myAppointments(@Ctx() context: SchedulingContext, @Arg('from', () => IsoDateTimeScalar, { nullable: true }) from?: string): Promise<Appointment[]> {
    const since = from ? new Date(from) : new Date();
    return context.dataSource
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .where(':user = ANY(a.participant_user_ids)', { user: context.viewer.userId })
      .andWhere('a.ends_at >= :from', { from: since })
      .orderBy('a.starts_at')
      .limit(100)
      .getMany();
  }

  @Authorized()
  @Query(() => [AppointmentConflict], { description: 'Who of the participants is busy in this interval, before booking.' })
  async appointmentConflicts(@Arg('input') input: AppointmentTimeInput, @Ctx() context: SchedulingContext): Promise<AppointmentConflict[]> {
    const visible = await visibleCase(context, input.caseId);
    requireOneOf(visible, APPOINTMENT_WRITERS, 'plan appointments');
    const manager = context.dataSource.manager;
    await requireCasePeople(manager, visible.facts, input.participantUserIds, 'participantUserIds');
    const { start, end } = checkInterval(input.startsAt, input.endsAt);
    return findConflicts(manager, input.participantUserIds, start, end);
  }

  @Authorized('CASE_MANAGER', 'COACH', 'COMPANY_DOCTOR', 'MANAGER')
  @Mutation(() => BookingResult, { description: 'Books unless a participant is busy; with bookDespiteConflicts it books anyway.' })
  async bookAppointment(@Arg('input') input: BookAppointmentInput, @Ctx() context: SchedulingContext): Promise<BookingResult> {
    const visible = await visibleCase(context, input.caseId);
    requireOneOf(visible, APPOINTMENT_WRITERS, 'book appointments');
    return context.dataSource.transaction(async (manager) => {
      const participants = await resolveParticipants(manager, visible.facts, input.kind, input.participantUserIds);
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
        visible.facts,
        { kind: input.kind, start, end, location: input.location, purpose: input.purpose ?? null, participants },
        context.viewer.userId,
      );
      return { booked: true, appointment, conflicts };
    });
  }

  @Authorized('CASE_MANAGER', 'COACH', 'COMPANY_DOCTOR', 'MANAGER')
  @Mutation(() => BookingResult)
  async rescheduleAppointment(@Arg('input') input: RescheduleAppointmentInput, @Ctx() context: SchedulingContext): Promise<BookingResult> {
    const { start, end } = checkInterval(input.startsAt, input.endsAt);
    return context.dataSource.transaction(async (manager) => {
      const { appointment, facts } = await lockForChange(context, manager, input.id, input.expectedVersion);
      const conflicts = await findConflicts(manager, appointment.participantUserIds, start, end, appointment.id);
      if (conflicts.length && !input.bookDespiteConflicts) return { booked: false, appointment, conflicts };
      appointment.startsAt = start.toISOString();
      appointment.endsAt = end.toISOString();
      appointment.version += 1;
      await manager.save(appointment);
      await appointmentChanged(manager, facts, appointment);
      return { booked: true, appointment, conflicts };
    });
  }

  @Authorized('CASE_MANAGER', 'COACH', 'COMPANY_DOCTOR', 'MANAGER')
  @Mutation(() => Appointment, { description: 'Marks an appointment held, cancelled or no-show (or planned again).' })
  async setAppointmentStatus(@Arg('input') input: SetAppointmentStatusInput, @Ctx() context: SchedulingContext): Promise<Appointment> {
    return context.dataSource.transaction(async (manager) => {
      const { appointment, facts } = await lockForChange(context, manager, input.id, input.expectedVersion);
      appointment.status = input.status;
      appointment.version += 1;
      await manager.save(appointment);
      await appointmentChanged(manager, facts, appointment);
      const programme = appointment.programmeId ? await manager.findOneBy(Programme, { id: appointment.programmeId }) : null;
      if (programme) await programmeChanged(manager, facts, programme);
      return appointment;
    });
  }
}

/** Loads the appointment for an update, checks the viewer may change it and that nobody changed it meanwhile. */
export async function lockForChange(context: SchedulingContext, manager: EntityManager, id: string, expectedVersion: number) {
  if (!isUuid(id)) throw notFound('Appointment', id);
  const appointment = await manager.getRepository(Appointment).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
  if (!appointment) throw notFound('Appointment', id);
  const visible = await visibleCase(context, appointment.caseId).catch(() => {
    throw notFound('Appointment', id);
  });
  requireOneOf(visible, APPOINTMENT_WRITERS, 'change appointments');
  if (appointment.version !== expectedVersion) throw conflict('Appointment', appointment.version);
  return { appointment, facts: visible.facts };
}
