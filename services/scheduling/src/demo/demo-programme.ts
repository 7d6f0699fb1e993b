import { addDays, isoWeekday, todayIn } from '@terugkeer/domain';
import { demoId } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import { schedulingConfig } from '../config';
import { AppointmentLocation, AppointmentStatus, type Appointment } from '../modules/appointment/appointment.entity';
import { saveChange } from '../modules/appointment/appointment.service';
import { ProgrammeRepository } from '../modules/programme/programme.repository';
import { programmeChanged, programmeSessions, startProgramme } from '../modules/programme/programme.service';
import { demoToday, sanneCase } from './demo-case';
import type { ReplicatedCase } from '../modules/case/case-access.repository';

/**
 * Sanne's 8-week programme with coach Joost and colleague Daan, now in week 3: past sessions
 * were held, except one dialogue talk in week 2 that she missed; the rest is planned.
 */
export async function seedDemoProgramme(manager: EntityManager, now = new Date()): Promise<boolean> {
  const facts = sanneCase(demoToday(now));
  if (await new ProgrammeRepository().anyOfCase(manager, facts.caseId)) return false;
  // Weeks are counted in the Dutch calendar: late on Sunday in UTC it is Monday already.
  const today = todayIn(schedulingConfig().timeZone, now);
  const weekOneMonday = addDays(today, 1 - isoWeekday(today) - 14);
  const programme = await startProgramme(
    manager,
    facts,
    {
      caseId: facts.caseId,
      startDate: weekOneMonday,
      reflectionWeekday: 1,
      dialogueWeekdays: [2, 4],
      startTime: '10:00',
      colleagueUserId: demoId('daan'),
      location: AppointmentLocation.OFFICE,
    },
    demoId('coach-joost'),
  );
  const sessions = await programmeSessions(manager, programme.id);
  const missed = sessions.find((s) => s.programmeWeek === 2 && s.participantUserIds.includes(demoId('daan')));
  for (const session of sessions.filter((s) => new Date(s.endsAt) < now)) {
    await markSession(manager, facts, session, session === missed ? AppointmentStatus.NO_SHOW : AppointmentStatus.HELD);
  }
  await programmeChanged(manager, facts, programme);
  return true;
}

async function markSession(manager: EntityManager, facts: ReplicatedCase, session: Appointment, status: AppointmentStatus): Promise<void> {
  session.status = status;
  await saveChange(manager, facts, session);
}
