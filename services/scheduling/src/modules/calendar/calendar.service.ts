import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { schedulingConfig } from '../../config';
import { Appointment, AppointmentStatus } from '../appointment/appointment.entity';
import { KIND_LABELS, LOCATION_LABELS } from '../appointment/appointment.service';
import { renderCalendar, type CalendarEvent } from './ical';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export const feedPath = (token: string) => `/calendar/feeds/${token}.ics`;
export const appointmentIcsPath = (id: string) => `/calendar/appointments/${id}.ics`;

/** A new secret feed address for the user; the previous one stops working. */
export async function createFeed(dataSource: DataSource, userId: string): Promise<{ url: string; createdAt: string }> {
  const token = randomBytes(32).toString('base64url');
  return dataSource.transaction(async (manager) => {
    await manager.query(`UPDATE calendar_feeds SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
    const [row]: { created_at: Date }[] = await manager.query(
      `INSERT INTO calendar_feeds (id, user_id, token_hash) VALUES ($1, $2, $3) RETURNING created_at`,
      [randomUUID(), userId, hash(token)],
    );
    return { url: `${schedulingConfig().publicBaseUrl}${feedPath(token)}`, createdAt: row.created_at.toISOString() };
  });
}

export async function revokeFeeds(dataSource: DataSource, userId: string): Promise<number> {
  const [, count]: [unknown, number] = await dataSource.query(
    `UPDATE calendar_feeds SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
    [userId],
  );
  return count;
}

export async function feedOwner(dataSource: DataSource, token: string): Promise<string | null> {
  const rows: { user_id: string }[] = await dataSource.query(
    `SELECT user_id FROM calendar_feeds WHERE token_hash = $1 AND revoked_at IS NULL`,
    [hash(token)],
  );
  return rows[0]?.user_id ?? null;
}

/** The user's appointments from 90 days back on. */
export async function feedAppointments(dataSource: DataSource, userId: string): Promise<Appointment[]> {
  return dataSource
    .getRepository(Appointment)
    .createQueryBuilder('a')
    .where(':user = ANY(a.participant_user_ids)', { user: userId })
    .andWhere(`a.ends_at >= now() - interval '90 days'`)
    .orderBy('a.starts_at')
    .getMany();
}

export function toCalendarEvent(appointment: Appointment): CalendarEvent {
  const cancelled = appointment.status === AppointmentStatus.CANCELLED || appointment.status === AppointmentStatus.NO_SHOW;
  return {
    uid: `${appointment.id}@terugkeer`,
    start: new Date(appointment.startsAt),
    end: new Date(appointment.endsAt),
    summary: KIND_LABELS[appointment.kind],
    location: LOCATION_LABELS[appointment.location],
    description: appointment.participants.length ? `Deelnemers: ${appointment.participants.map((p) => p.name).join(', ')}` : '',
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    sequence: appointment.version - 1,
  };
}

export function calendarOf(name: string, appointments: Appointment[], now = new Date()): string {
  return renderCalendar(name, appointments.map(toCalendarEvent), now);
}
