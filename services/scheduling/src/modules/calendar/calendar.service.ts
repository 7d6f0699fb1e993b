import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { schedulingConfig } from '../../config';
import { Appointment, AppointmentStatus } from '../appointment/appointment.entity';
import { AppointmentRepository } from '../appointment/appointment.repository';
import { KIND_LABELS, LOCATION_LABELS } from '../appointment/appointment.service';
import { CalendarFeedRepository } from './calendar.repository';
import type { CalendarFeed } from './calendar.types';
import { renderCalendar, type CalendarEvent } from './ical';

const feeds = new CalendarFeedRepository();
const appointments = new AppointmentRepository();

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export const feedPath = (token: string) => `/calendar/feeds/${token}.ics`;
export const appointmentIcsPath = (id: string) => `/calendar/appointments/${id}.ics`;

/** A new secret feed address for the user; the previous one stops working. */
export async function createFeed(dataSource: DataSource, userId: string): Promise<CalendarFeed> {
  const token = randomBytes(32).toString('base64url');
  return dataSource.transaction(async (manager) => {
    await feeds.revokeAll(manager, userId);
    const createdAt = await feeds.insert(manager, userId, hash(token));
    return { url: `${schedulingConfig().publicBaseUrl}${feedPath(token)}`, createdAt: createdAt.toISOString() };
  });
}

export function revokeFeeds(dataSource: DataSource, userId: string): Promise<number> {
  return feeds.revokeAll(dataSource, userId);
}

export function feedOwner(dataSource: DataSource, token: string): Promise<string | null> {
  return feeds.ownerOf(dataSource, hash(token));
}

/** The user's appointments from 90 days back on. */
export function feedAppointments(dataSource: DataSource, userId: string): Promise<Appointment[]> {
  return appointments.recentOfParticipant(dataSource.manager, userId);
}

/** One appointment for its .ics download. */
export function appointmentById(dataSource: DataSource, id: string): Promise<Appointment | null> {
  return appointments.byId(dataSource.manager, id);
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
