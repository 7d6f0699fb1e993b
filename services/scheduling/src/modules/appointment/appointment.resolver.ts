import { IsoDateTimeScalar, notFound } from '@terugkeer/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context';
import { findVisibleCase, requireOneOf, visibleCase } from '../case/case-access.service';
import { CaseRef } from '../case/case.types';
import { Appointment } from './appointment.entity';
import { setAppointmentStatus } from './appointment-status.service';
import {
  appointmentsOfParticipant,
  bookAppointment,
  changeAppointment,
  checkInterval,
  conflictsBeforeBooking,
  rescheduleAppointment,
  type AuthorizeChange,
} from './appointment.service';
import {
  AppointmentConflict,
  AppointmentTimeInput,
  BookAppointmentInput,
  BookingResult,
  RescheduleAppointmentInput,
  SetAppointmentStatusInput,
} from './appointment.types';

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
    return appointmentsOfParticipant(context.dataSource, context.viewer.userId, from ? new Date(from) : new Date());
  }

  @Authorized()
  @Query(() => [AppointmentConflict], { description: 'Who of the participants is busy in this interval, before booking.' })
  async appointmentConflicts(@Arg('input') input: AppointmentTimeInput, @Ctx() context: SchedulingContext): Promise<AppointmentConflict[]> {
    const visible = await visibleCase(context, input.caseId);
    requireOneOf(visible, APPOINTMENT_WRITERS, 'plan appointments');
    return conflictsBeforeBooking(context.dataSource, visible.facts, input);
  }

  @Authorized('CASE_MANAGER', 'COACH', 'COMPANY_DOCTOR', 'MANAGER')
  @Mutation(() => BookingResult, { description: 'Books unless a participant is busy; with bookDespiteConflicts it books anyway.' })
  async bookAppointment(@Arg('input') input: BookAppointmentInput, @Ctx() context: SchedulingContext): Promise<BookingResult> {
    const visible = await visibleCase(context, input.caseId);
    requireOneOf(visible, APPOINTMENT_WRITERS, 'book appointments');
    return bookAppointment(context.dataSource, visible.facts, input, context.viewer.userId);
  }

  @Authorized('CASE_MANAGER', 'COACH', 'COMPANY_DOCTOR', 'MANAGER')
  @Mutation(() => BookingResult)
  async rescheduleAppointment(@Arg('input') input: RescheduleAppointmentInput, @Ctx() context: SchedulingContext): Promise<BookingResult> {
    const interval = checkInterval(input.startsAt, input.endsAt);
    return changeAppointment(context.dataSource, input.id, input.expectedVersion, writerOf(context, input.id), (manager, appointment, facts) =>
      rescheduleAppointment(manager, facts, appointment, interval, input.bookDespiteConflicts),
    );
  }

  @Authorized('CASE_MANAGER', 'COACH', 'COMPANY_DOCTOR', 'MANAGER')
  @Mutation(() => Appointment, { description: 'Marks an appointment held, cancelled or no-show (or planned again).' })
  async setAppointmentStatus(@Arg('input') input: SetAppointmentStatusInput, @Ctx() context: SchedulingContext): Promise<Appointment> {
    return changeAppointment(context.dataSource, input.id, input.expectedVersion, writerOf(context, input.id), (manager, appointment, facts) =>
      setAppointmentStatus(manager, facts, appointment, input.status),
    );
  }
}

/** The viewer may change the appointment when they may see its case and write its appointments; otherwise there is no such appointment. */
export function writerOf(context: SchedulingContext, appointmentId: string): AuthorizeChange {
  return async (caseId) => {
    const visible = await visibleCase(context, caseId).catch(() => {
      throw notFound('Appointment', appointmentId);
    });
    requireOneOf(visible, APPOINTMENT_WRITERS, 'change appointments');
    return visible.facts;
  };
}
