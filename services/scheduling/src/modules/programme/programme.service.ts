import {
  belgianPublicHolidays,
  dutchPublicHolidays,
  required,
  rescheduleKeepingPattern,
  generateProgramme,
  inputReason,
  instantFromLocal,
  localDateTimeIn,
  programmeProgress,
  todayIn,
  type BusyInterval,
  type Jurisdiction,
  type PublicHoliday,
  type ProgrammeRequest,
  type TrackedSession,
  type Workday,
} from '@terugkeer/domain';
import type { ProgrammeChanged } from '@terugkeer/events';
import { badInput, recordEvent } from '@terugkeer/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { schedulingConfig } from '../../config';
import type { ReplicatedCase } from '../case/case-access.repository';
import { requireCasePeople } from '../case/case-people.service';
import { Appointment, AppointmentKind, AppointmentPurpose } from '../appointment/appointment.entity';
import { AppointmentRepository } from '../appointment/appointment.repository';
import { insertAppointment, resolveParticipants, saveChange } from '../appointment/appointment.service';
import { Programme, ProgrammeStatus } from './programme.entity';
import { ProgrammeRepository } from './programme.repository';
import type { RescheduleSessionResult, StartProgrammeInput } from './programme.types';

const tz = () => schedulingConfig().timeZone;
const appointments = new AppointmentRepository();
const programmes = new ProgrammeRepository();

/** Planned appointments of these people as local busy intervals, to plan around. */
async function busyIntervals(
  manager: EntityManager,
  userIds: string[],
  from: Date,
  to: Date,
  except: (a: Appointment) => boolean = () => false,
): Promise<BusyInterval[]> {
  const rows = await appointments.plannedOfAnyOverlapping(manager, userIds, from, to);
  return rows.filter((a) => !except(a)).map((a) => ({ start: localDateTimeIn(tz(), a.startsAt), end: localDateTimeIn(tz(), a.endsAt) }));
}

const HOLIDAYS: Record<Jurisdiction, (year: number) => PublicHoliday[]> = { NL: dutchPublicHolidays, BE: belgianPublicHolidays };

/** The public holidays of the organization's own calendar in the programme's 8 weeks (which may cross a new year). */
function holidaysAround(startDate: string, jurisdiction: Jurisdiction): string[] {
  const year = Number(startDate.slice(0, 4));
  return [...HOLIDAYS[jurisdiction](year), ...HOLIDAYS[jurisdiction](year + 1)].map((h) => h.date);
}

export function toRequest(input: StartProgrammeInput, busy: BusyInterval[], jurisdiction: Jurisdiction): ProgrammeRequest {
  if (input.dialogueWeekdays.length !== 2) throw badInput('dialogueWeekdays', inputReason('EXACT_COUNT', { count: 2 }));
  return {
    startDate: input.startDate,
    reflectionWeekday: input.reflectionWeekday as Workday,
    dialogueWeekdays: input.dialogueWeekdays as [Workday, Workday],
    startTime: input.startTime,
    busy,
    holidays: holidaysAround(input.startDate, jurisdiction),
  };
}

/** Starts the programme in its own transaction. */
export function startProgrammeOfCase(dataSource: DataSource, facts: ReplicatedCase, input: StartProgrammeInput, coachUserId: string): Promise<Programme> {
  return dataSource.transaction((manager) => startProgramme(manager, facts, input, coachUserId));
}

/** Generates the 8 weeks around the coach's, employee's and colleague's existing appointments and books them. */
export async function startProgramme(manager: EntityManager, facts: ReplicatedCase, input: StartProgrammeInput, coachUserId: string): Promise<Programme> {
  if (!facts.employeeUserId) throw badInput('caseId', inputReason('EMPLOYEE_WITHOUT_LOGIN'));
  const people = [coachUserId, facts.employeeUserId, ...(input.colleagueUserId ? [input.colleagueUserId] : [])];
  if (input.colleagueUserId) await requireCasePeople(manager, facts, [input.colleagueUserId], 'colleagueUserId');
  const reflectionPeople = await resolveParticipants(manager, facts, AppointmentKind.REFLECTION_TALK, [facts.employeeUserId, coachUserId]);
  const dialoguePeople = await resolveParticipants(manager, facts, AppointmentKind.DIALOGUE_TALK, people);
  const active = await programmes.activeOfCase(manager, facts.caseId);
  if (active) throw badInput('caseId', inputReason('PROGRAMME_ALREADY_ACTIVE'));
  const from = instantFromLocal(tz(), `${input.startDate}T00:00`);
  const busy = await busyIntervals(manager, people, from, new Date(from.getTime() + 63 * 86_400_000));
  let generated;
  try {
    generated = generateProgramme(toRequest(input, busy, facts.jurisdiction));
  } catch (error) {
    throw badInput('input', inputReason('INVALID', { detail: (error as Error).message }));
  }

  const programme = await programmes.insert(manager, {
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

export function programmeSessions(manager: EntityManager, programmeId: string): Promise<Appointment[]> {
  return appointments.ofProgramme(manager, programmeId);
}

function tracked(sessions: Appointment[]): (TrackedSession & { id: string })[] {
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
    await programmes.save(manager, programme);
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

/** A session was marked held, cancelled or no-show: its programme's event, completing the programme when nothing remains. */
export async function sessionChanged(manager: EntityManager, facts: ReplicatedCase, appointment: Appointment): Promise<void> {
  const programme = appointment.programmeId ? await programmes.byId(manager, appointment.programmeId) : null;
  if (programme) await programmeChanged(manager, facts, programme);
}

/** The active programme of the case, else the most recent one. */
export function programmeOfCase(dataSource: DataSource, caseId: string): Promise<Programme | null> {
  return programmes.currentOfCase(dataSource.manager, caseId);
}

/** Moves one session within its programme week, around everyone's other appointments; the others keep their pattern. */
export async function rescheduleSession(
  manager: EntityManager,
  facts: ReplicatedCase,
  appointment: Appointment,
  newStart: string,
): Promise<RescheduleSessionResult> {
  const programme = appointment.programmeId ? await programmes.byId(manager, appointment.programmeId) : null;
  if (!programme || programme.status !== ProgrammeStatus.ACTIVE) return { ok: false, reason: 'NOT_AN_ACTIVE_PROGRAMME_SESSION', appointment };
  const sessions = tracked(await programmeSessions(manager, programme.id)).filter((s) => s.status === 'PLANNED' || s.id === appointment.id);
  const target = required(
    sessions.find((s) => s.id === appointment.id),
    "the session to move among its programme's sessions",
  );
  const weekStart = instantFromLocal(tz(), `${target.start.slice(0, 10)}T00:00`);
  const busy = await busyIntervals(
    manager,
    appointment.participantUserIds,
    new Date(weekStart.getTime() - 7 * 86_400_000),
    new Date(weekStart.getTime() + 14 * 86_400_000),
    (a) => a.programmeId === programme.id,
  );
  let result;
  try {
    result = rescheduleKeepingPattern(sessions, target, newStart, { busy });
  } catch (error) {
    return { ok: false, reason: (error as Error).message, appointment };
  }
  if (!result.ok) return { ok: false, reason: result.reason, appointment };
  const moved = required(
    result.sessions.find((s) => s.id === appointment.id),
    'the moved session in the new schedule',
  );
  appointment.startsAt = instantFromLocal(tz(), moved.start).toISOString();
  appointment.endsAt = instantFromLocal(tz(), moved.end).toISOString();
  await saveChange(manager, facts, appointment);
  await programmeChanged(manager, facts, programme);
  return { ok: true, reason: null, appointment };
}
