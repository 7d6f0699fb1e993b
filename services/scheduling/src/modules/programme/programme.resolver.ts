import { instantFromLocal, rescheduleKeepingPattern } from '@terugkeer/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context';
import { Appointment } from '../appointment/appointment.entity';
import { lockForChange } from '../appointment/appointment.resolver';
import { appointmentChanged } from '../appointment/appointment.service';
import { CaseRef } from '../appointment/case-ref';
import { requireOneOf, visibleCase } from '../case/case-access';
import { schedulingConfig } from '../../config';
import { Programme, ProgrammeStatus } from './programme.entity';
import { busyIntervals, programmeChanged, programmeSessions, progressOf, startProgramme, tracked } from './programme.service';
import { ProgrammeProgressView, RescheduleSessionInput, RescheduleSessionResult, StartProgrammeInput } from './programme.types';

@Resolver(() => CaseRef)
export class CaseProgrammeResolver {
  @Authorized()
  @FieldResolver(() => Programme, { nullable: true, description: 'The active programme, else the most recent one.' })
  programme(@Root() ref: CaseRef, @Ctx() context: SchedulingContext): Promise<Programme | null> {
    return programmeOfCase(context, ref.id);
  }
}

async function programmeOfCase(context: SchedulingContext, caseId: string): Promise<Programme | null> {
  const visible = await visibleCase(context, caseId).catch(() => null);
  if (!visible) return null;
  return context.dataSource.getRepository(Programme).findOne({
    where: { caseId },
    order: { status: 'ASC', startDate: 'DESC' },
  });
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
    return programmeOfCase(context, caseId);
  }

  @Authorized('COACH')
  @Mutation(() => Programme, { description: 'The assigned coach starts the 8-week programme on the chosen workdays and time.' })
  async startProgramme(@Arg('input') input: StartProgrammeInput, @Ctx() context: SchedulingContext): Promise<Programme> {
    const visible = await visibleCase(context, input.caseId);
    requireOneOf(visible, ['COACH'], 'start a programme');
    return context.dataSource.transaction((manager) => startProgramme(manager, visible.facts, input, context.viewer.userId));
  }

  @Authorized('COACH', 'CASE_MANAGER')
  @Mutation(() => RescheduleSessionResult, { description: 'Moves one session within its programme week; the others keep their pattern.' })
  async rescheduleProgrammeSession(@Arg('input') input: RescheduleSessionInput, @Ctx() context: SchedulingContext): Promise<RescheduleSessionResult> {
    return context.dataSource.transaction(async (manager) => {
      const { appointment, facts } = await lockForChange(context, manager, input.appointmentId, input.expectedVersion);
      const programme = appointment.programmeId ? await manager.findOneBy(Programme, { id: appointment.programmeId }) : null;
      if (!programme || programme.status !== ProgrammeStatus.ACTIVE) return { ok: false, reason: 'NOT_AN_ACTIVE_PROGRAMME_SESSION', appointment };
      const sessions = tracked(await programmeSessions(manager, programme.id)).filter((s) => s.status === 'PLANNED' || s.id === appointment.id);
      const target = sessions.find((s) => s.id === appointment.id)!;
      const weekStart = instantFromLocal(schedulingConfig().timeZone, `${target.start.slice(0, 10)}T00:00`);
      const busy = await busyIntervals(manager, appointment.participantUserIds, new Date(weekStart.getTime() - 7 * 86_400_000), new Date(weekStart.getTime() + 14 * 86_400_000), (a) => a.programmeId === programme.id);
      let result;
      try {
        result = rescheduleKeepingPattern(sessions, target, input.newStart, { busy });
      } catch (error) {
        return { ok: false, reason: (error as Error).message, appointment };
      }
      if (!result.ok) return { ok: false, reason: result.reason, appointment };
      const moved = result.sessions.find((s) => s.id === appointment.id)!;
      appointment.startsAt = instantFromLocal(schedulingConfig().timeZone, moved.start).toISOString();
      appointment.endsAt = instantFromLocal(schedulingConfig().timeZone, moved.end).toISOString();
      appointment.version += 1;
      await manager.save(appointment);
      await appointmentChanged(manager, facts, appointment);
      await programmeChanged(manager, facts, programme);
      return { ok: true, reason: null, appointment };
    });
  }
}
