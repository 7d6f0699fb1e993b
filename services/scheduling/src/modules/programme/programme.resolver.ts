import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context';
import { Appointment } from '../appointment/appointment.entity';
import { writerOf } from '../appointment/appointment.resolver';
import { changeAppointment } from '../appointment/appointment.service';
import { findVisibleCase, requireOneOf, visibleCase } from '../case/case-access.service';
import { CaseRef } from '../case/case.types';
import { Programme } from './programme.entity';
import { programmeOfCase, programmeSessions, progressOf, rescheduleSession, startProgrammeOfCase } from './programme.service';
import { ProgrammeProgressView, RescheduleSessionInput, RescheduleSessionResult, StartProgrammeInput } from './programme.types';

@Resolver(() => CaseRef)
export class CaseProgrammeResolver {
  @Authorized()
  @FieldResolver(() => Programme, { nullable: true, description: 'The active programme, else the most recent one.' })
  programme(@Root() ref: CaseRef, @Ctx() context: SchedulingContext): Promise<Programme | null> {
    return visibleProgramme(context, ref.id);
  }
}

async function visibleProgramme(context: SchedulingContext, caseId: string): Promise<Programme | null> {
  const visible = await findVisibleCase(context, caseId);
  return visible ? programmeOfCase(context.dataSource, caseId) : null;
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Authorized()
  @FieldResolver(() => [Appointment])
  sessions(@Root() programme: Programme, @Ctx() context: SchedulingContext): Promise<Appointment[]> {
    return programmeSessions(context.dataSource.manager, programme.id);
  }

  @Authorized()
  @FieldResolver(() => ProgrammeProgressView)
  async progress(@Root() programme: Programme, @Ctx() context: SchedulingContext): Promise<ProgrammeProgressView> {
    return progressOf(await programmeSessions(context.dataSource.manager, programme.id));
  }

  @Authorized()
  @Query(() => Programme, { nullable: true, description: 'The programme of a case by its id; the same as Case.programme.' })
  programme(@Arg('caseId', () => ID) caseId: string, @Ctx() context: SchedulingContext): Promise<Programme | null> {
    return visibleProgramme(context, caseId);
  }

  @Authorized('COACH')
  @Mutation(() => Programme, { description: 'The assigned coach starts the 8-week programme on the chosen workdays and time.' })
  async startProgramme(@Arg('input') input: StartProgrammeInput, @Ctx() context: SchedulingContext): Promise<Programme> {
    const visible = await visibleCase(context, input.caseId);
    requireOneOf(visible, ['COACH'], 'start a programme');
    return startProgrammeOfCase(context.dataSource, visible.facts, input, context.viewer.userId);
  }

  @Authorized('COACH', 'CASE_MANAGER')
  @Mutation(() => RescheduleSessionResult, { description: 'Moves one session within its programme week; the others keep their pattern.' })
  async rescheduleProgrammeSession(@Arg('input') input: RescheduleSessionInput, @Ctx() context: SchedulingContext): Promise<RescheduleSessionResult> {
    return changeAppointment(
      context.dataSource,
      input.appointmentId,
      input.expectedVersion,
      writerOf(context, input.appointmentId),
      (manager, appointment, facts) => rescheduleSession(manager, facts, appointment, input.newStart),
    );
  }
}
