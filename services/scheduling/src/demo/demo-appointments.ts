import { addDays, instantFromLocal, isoWeekday } from '@terugkeer/domain';
import { demoId } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { schedulingConfig } from '../config';
import { AppointmentRepository } from '../modules/appointment/appointment.repository';
import type { AppointmentParticipant } from '../modules/appointment/appointment.entity';
import { peopleByIds } from '../modules/people/people.service';
import { demoToday } from './demo-case';

/** Sanne's recent and coming talks, with who takes part. Idempotent: fixed ids, existing rows are kept. */
const SANNE_APPOINTMENTS = [
  {
    key: 'consult-1',
    kind: 'PROBLEM_ANALYSIS_CONSULT',
    dayOffset: -44,
    hour: 10,
    minutes: 45,
    location: 'OFFICE',
    status: 'HELD',
    people: ['sanne', 'doctor-eva'],
  },
  { key: 'reflection-1', kind: 'REFLECTION_TALK', dayOffset: -14, hour: 9, minutes: 60, location: 'OFFICE', status: 'HELD', people: ['sanne', 'coach-joost'] },
  {
    key: 'dialogue-1',
    kind: 'DIALOGUE_TALK',
    dayOffset: -12,
    hour: 13,
    minutes: 90,
    location: 'OFFICE',
    status: 'HELD',
    people: ['sanne', 'daan', 'coach-joost'],
  },
  {
    key: 'three-way-1',
    kind: 'THREE_WAY_TALK',
    dayOffset: 2,
    hour: 10,
    minutes: 60,
    location: 'NEUTRAL_PLACE',
    status: 'PLANNED',
    people: ['sanne', 'mark', 'coach-joost'],
  },
  { key: 'reflection-2', kind: 'REFLECTION_TALK', dayOffset: 5, hour: 9, minutes: 60, location: 'ONLINE', status: 'PLANNED', people: ['sanne', 'coach-joost'] },
] as const;

const appointments = new AppointmentRepository();

const ROLES: Record<string, string> = { sanne: 'EMPLOYEE', mark: 'MANAGER', 'doctor-eva': 'COMPANY_DOCTOR', 'coach-joost': 'COACH', daan: 'COLLEAGUE' };

export async function seedDemoAppointments(dataSource: DataSource, now = new Date()): Promise<number> {
  const today = demoToday(now);
  let created = 0;
  const caseId = demoId('case:sanne');
  for (const a of SANNE_APPOINTMENTS) {
    const startsAt = instantFromLocal(schedulingConfig().timeZone, `${onWorkday(addDays(today, a.dayOffset))}T${String(a.hour).padStart(2, '0')}:00`);
    const endsAt = new Date(startsAt.getTime() + a.minutes * 60_000);
    const people = await peopleByIds(
      dataSource,
      a.people.map((key) => demoId(key)),
    );
    const participants: AppointmentParticipant[] = a.people.map((key) => ({
      userId: demoId(key),
      name: people.get(demoId(key))?.name ?? key,
      role: ROLES[key],
    }));
    const inserted = await appointments.insertUnlessPresent(dataSource, {
      id: demoId(`appointment:sanne:${a.key}`),
      caseId,
      kind: a.kind,
      startsAt,
      endsAt,
      location: a.location,
      status: a.status,
      participants,
    });
    if (inserted) created++;
  }
  return created;
}

/** Talks happen on workdays: a demo date that falls in a weekend moves to the Monday after. */
function onWorkday(date: string): string {
  const weekday = isoWeekday(date);
  return weekday >= 6 ? addDays(date, 8 - weekday) : date;
}
