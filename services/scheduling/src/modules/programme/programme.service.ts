import {
  dutchPublicHolidays,
  generateProgramme,
  inputReason,
  instantFromLocal,
  localDateTimeIn,
  programmeProgress,
  todayIn,
  type BusyInterval,
  type ProgrammeRequest,
  type TrackedSession,
  type Workday,
} from '@terugkeer/domain';
import type { ProgrammeChanged } from '@terugkeer/events';
import { badInput, recordEvent } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { schedulingConfig } from '../../config';
import type { ReplicatedCase } from '../case-access/case-access.repository';
import { requireCasePeople } from '../case-access/case-people';
import { Appointment, AppointmentKind, AppointmentPurpose } from '../appointment/appointment.entity';
import { insertAppointment, resolveParticipants } from '../appointment/appointment.service';
import { Programme, ProgrammeStatus } from './programme.entity';
import type { StartProgrammeInput } from './programme.types';

const tz = () => schedulingConfig().timeZone;

/** Planned appointments of these people as local busy intervals, to plan around. */
export async function busyIntervals(
  manager: EntityManager,
  userIds: string[],
  from: Date,
  to: Date,
  except: (a: Appointment) => boolean = () => false,
): Promise<BusyInterval[]> {
  const rows = await manager
    .getRepository(Appointment)
    .createQueryBuilder('a')
    .where('a.participant_user_ids && :ids::uuid[]', { ids: userIds })
    .andWhere(`a.status = 'PLANNED' AND a.ends_at > :from AND a.starts_at < :to`, { from, to })
    .getMany();
  return rows.filter((a) => !except(a)).map((a) => ({ start: localDateTimeIn(tz(), a.startsAt), end: localDateTimeIn(tz(), a.endsAt) }));
}

function holidaysAround(startDate: string): string[] {
  const year = Number(startDate.slice(0, 4));
  return [...dutchPublicHolidays(year), ...dutchPublicHolidays(year + 1)].map((h) => h.date);
}

export function toRequest(input: StartProgrammeInput, busy: BusyInterval[]): ProgrammeRequest {
  if (input.dialogueWeekdays.length !== 2) throw badInput('dialogueWeekdays', inputReason('EXACT_COUNT', { count: 2 }));
  return {
    startDate: input.startDate,
    reflectionWeekday: input.reflectionWeekday as Workday,
    dialogueWeekdays: input.dialogueWeekdays as [Workday, Workday],
    startTime: input.startTime,
    busy,
    holidays: holidaysAround(input.startDate),
  };
}

/** Generates the 8 weeks around the coach's, employee's and colleague's existing appointments and books them. */
export async function startProgramme(manager: EntityManager, facts: ReplicatedCase, input: StartProgrammeInput, coachUserId: string): Promise<Programme> {
  if (!facts.employeeUserId) throw badInput('caseId', inputReason('EMPLOYEE_WITHOUT_LOGIN'));
  const people = [coachUserId, facts.employeeUserId, ...(input.colleagueUserId ? [input.colleagueUserId] : [])];
  if (input.colleagueUserId) await requireCasePeople(manager, facts, [input.colleagueUserId], 'colleagueUserId');
  const reflectionPeople = await resolveParticipants(manager, facts, AppointmentKind.REFLECTION_TALK, [facts.employeeUserId, coachUserId]);
  const dialoguePeople = await resolveParticipants(manager, facts, AppointmentKind.DIALOGUE_TALK, people);
  const active = await manager.findOne(Programme, { where: { caseId: facts.caseId, status: ProgrammeStatus.ACTIVE } });
  if (active) throw badInput('caseId', inputReason('PROGRAMME_ALREADY_ACTIVE'));
  const from = instantFromLocal(tz(), `${input.startDate}T00:00`);
  const busy = await busyIntervals(manager, people, from, new Date(from.getTime() + 63 * 86_400_000));
  let generated;
  try {
    generated = generateProgramme(toRequest(input, busy));
  } catch (error) {
    throw badInput('input', inputReason('INVALID', { detail: (error as Error).message }));
  }

  const programme = manager.create(Programme, {
    id: randomUUID(),
    caseId: facts.caseId,
    organizationId: facts.organizationId,
    coachUserId,
    colleagueUserId: input.colleagueUserId ?? null,
    startDate: input.startDate,
    reflectionWeekday: input.reflectionWeekday,
    dialogueWeekdays: input.dialogueWeekdays,
    startTime: input.startTime,
    location: input.location,
    status: ProgrammeStatus.ACTIVE,
    unplaced: generated.unplaced.map(({ week, kind, preferredStart }) => ({ week, kind, preferredStart })),
  });
  await manager.save(programme);

  for (const session of generated.sessions) {
    const kind = session.kind === 'REFLECTION' ? AppointmentKind.REFLECTION_TALK : AppointmentKind.DIALOGUE_TALK;
    await insertAppointment(
      manager,
      facts,
      {
        kind,
        start: instantFromLocal(tz(), session.start),
        end: instantFromLocal(tz(), session.end),
        location: input.location,
        purpose: AppointmentPurpose.THINK_ALONG,
        participants: session.kind === 'REFLECTION' ? reflectionPeople : dialoguePeople,
        programmeId: programme.id,
        programmeWeek: session.week,
      },
      coachUserId,
    );
  }
  await programmeChanged(manager, facts, programme);
  return programme;
}

export async function programmeSessions(manager: EntityManager, programmeId: string): Promise<Appointment[]> {
  return manager.getRepository(Appointment).find({ where: { programmeId }, order: { startsAt: 'ASC' } });
}

export function tracked(sessions: Appointment[]): (TrackedSession & { id: string })[] {
  return sessions.map((a) => ({
    id: a.id,
    week: a.programmeWeek ?? 1,
    kind: a.kind === AppointmentKind.REFLECTION_TALK ? 'REFLECTION' : 'DIALOGUE',
    start: localDateTimeIn(tz(), a.startsAt),
    end: localDateTimeIn(tz(), a.endsAt),
    status: a.status,
  }));
}

export function progressOf(sessions: Appointment[], now = new Date()) {
  return programmeProgress(tracked(sessions), todayIn(tz(), now));
}

/** The event after every change to the programme or one of its sessions; completes it when nothing remains. */
export async function programmeChanged(manager: EntityManager, facts: ReplicatedCase, programme: Programme): Promise<void> {
  const sessions = await programmeSessions(manager, programme.id);
  const progress = progressOf(sessions);
  if (programme.status === ProgrammeStatus.ACTIVE && progress.remaining === 0 && progress.unrecorded === 0 && sessions.length > 0) {
    programme.status = ProgrammeStatus.COMPLETED;
    await manager.save(programme);
  }
  await recordEvent<ProgrammeChanged>(manager, {
    type: 'programme.changed',
    aggregateId: programme.caseId,
    organizationId: facts.organizationId,
    payload: {
      caseId: programme.caseId,
      programmeId: programme.id,
      startDate: programme.startDate,
      status: programme.status,
      held: progress.held,
      missed: progress.missed,
      remaining: progress.remaining,
    },
  });
}
