import { addDays, instantFromLocal, isoWeekday } from '@terugkeer/domain';
import { demoId } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { schedulingConfig } from '../config';
import { peopleByIds } from '../modules/people/people';
import { demoToday } from './demo-case';

/** Sanne's recent and coming talks, with who takes part. Idempotent: fixed ids, existing rows are kept. */
const SANNE_APPOINTMENTS = [
  { key: 'consult-1', kind: 'PROBLEM_ANALYSIS_CONSULT', dayOffset: -44, hour: 10, minutes: 45, location: 'OFFICE', status: 'HELD', people: ['sanne', 'doctor-eva'] },
  { key: 'reflection-1', kind: 'REFLECTION_TALK', dayOffset: -14, hour: 9, minutes: 60, location: 'OFFICE', status: 'HELD', people: ['sanne', 'coach-joost'] },
  { key: 'dialogue-1', kind: 'DIALOGUE_TALK', dayOffset: -12, hour: 13, minutes: 90, location: 'OFFICE', status: 'HELD', people: ['sanne', 'daan', 'coach-joost'] },
  { key: 'three-way-1', kind: 'THREE_WAY_TALK', dayOffset: 2, hour: 10, minutes: 60, location: 'NEUTRAL_PLACE', status: 'PLANNED', people: ['sanne', 'mark', 'coach-joost'] },
  { key: 'reflection-2', kind: 'REFLECTION_TALK', dayOffset: 5, hour: 9, minutes: 60, location: 'ONLINE', status: 'PLANNED', people: ['sanne', 'coach-joost'] },
] as const;

const ROLES: Record<string, string> = { sanne: 'EMPLOYEE', mark: 'MANAGER', 'doctor-eva': 'COMPANY_DOCTOR', 'coach-joost': 'COACH', daan: 'COLLEAGUE' };

export async function seedDemoAppointments(dataSource: DataSource, now = new Date()): Promise<number> {
  const today = demoToday(now);
  let created = 0;
  const caseId = demoId('case:sanne');
  for (const a of SANNE_APPOINTMENTS) {
    const startsAt = instantFromLocal(schedulingConfig().timeZone, `${onWorkday(addDays(today, a.dayOffset))}T${String(a.hour).padStart(2, '0')}:00`);
    const endsAt = new Date(startsAt.getTime() + a.minutes * 60_000);
    const people = await peopleByIds(dataSource, a.people.map((key) => demoId(key)));
    const participants = a.people.map((key) => ({ userId: demoId(key), name: people.get(demoId(key))?.name ?? key, role: ROLES[key] }));
    const rows: unknown[] = await dataSource.query(
      `INSERT INTO appointments (id, case_id, kind, starts_at, ends_at, location, status, participants, participant_user_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING 1`,
      [demoId(`appointment:sanne:${a.key}`), caseId, a.kind, startsAt, endsAt, a.location, a.status,
       JSON.stringify(participants), participants.map((p) => p.userId)],
    );
    created += rows.length;
  }
  return created;
}

/** Talks happen on workdays: a demo date that falls in a weekend moves to the Monday after. */
function onWorkday(date: string): string {
  const weekday = isoWeekday(date);
  return weekday >= 6 ? addDays(date, 8 - weekday) : date;
}
