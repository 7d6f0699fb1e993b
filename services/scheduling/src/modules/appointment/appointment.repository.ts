import type { Queryable } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  Appointment,
  AppointmentStatus,
  type AppointmentKind,
  type AppointmentLocation,
  type AppointmentParticipant,
  type AppointmentPurpose,
} from './appointment.entity';

export interface AppointmentFields {
  caseId: string;
  kind: AppointmentKind;
  start: Date;
  end: Date;
  location: AppointmentLocation;
  purpose: AppointmentPurpose | null;
  participants: AppointmentParticipant[];
  programmeId?: string | null;
  programmeWeek?: number | null;
  sourceKey?: string | null;
  status?: AppointmentStatus;
  createdBy: string | null;
}

/** A participant's planned appointment in an interval, for the conflict check. */
export interface BusyParticipant {
  userId: string;
  startsAt: Date;
  endsAt: Date;
}

/** The appointments table: every query of it. */
export class AppointmentRepository {
  async insert(manager: EntityManager, fields: AppointmentFields): Promise<Appointment> {
    const appointment = manager.create(Appointment, {
      id: randomUUID(),
      caseId: fields.caseId,
      kind: fields.kind,
      startsAt: fields.start.toISOString(),
      endsAt: fields.end.toISOString(),
      location: fields.location,
      status: fields.status ?? AppointmentStatus.PLANNED,
      purpose: fields.purpose,
      participants: fields.participants,
      participantUserIds: fields.participants.map((p) => p.userId),
      sessionReportId: null,
      programmeId: fields.programmeId ?? null,
      programmeWeek: fields.programmeWeek ?? null,
      sourceKey: fields.sourceKey ?? null,
      version: 1,
      createdBy: fields.createdBy,
    });
    await manager.save(appointment);
    return appointment;
  }

  async save(manager: EntityManager, appointment: Appointment): Promise<void> {
    await manager.save(appointment);
  }

  byId(manager: EntityManager, id: string): Promise<Appointment | null> {
    return manager.getRepository(Appointment).findOneBy({ id });
  }

  /** Locks the row for the rest of the transaction. */
  lock(manager: EntityManager, id: string): Promise<Appointment | null> {
    return manager.getRepository(Appointment).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
  }

  /** The appointments of these cases, in time order. */
  ofCases(manager: EntityManager, caseIds: readonly string[]): Promise<Appointment[]> {
    return manager
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .where('a.case_id = ANY(:ids)', { ids: [...caseIds] })
      .orderBy('a.starts_at')
      .getMany();
  }

  /** The user's appointments that end at or after `from`, in time order. */
  ofParticipant(manager: EntityManager, userId: string, from: Date, limit: number): Promise<Appointment[]> {
    return manager
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .where(':user = ANY(a.participant_user_ids)', { user: userId })
      .andWhere('a.ends_at >= :from', { from })
      .orderBy('a.starts_at')
      .limit(limit)
      .getMany();
  }

  /** The user's appointments from 90 days back on, in time order. */
  recentOfParticipant(manager: EntityManager, userId: string): Promise<Appointment[]> {
    return manager
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .where(':user = ANY(a.participant_user_ids)', { user: userId })
      .andWhere(`a.ends_at >= now() - interval '90 days'`)
      .orderBy('a.starts_at')
      .getMany();
  }

  /** The contact moments and evaluations generated from the case's plan of action. */
  generatedFromPlan(manager: EntityManager, caseId: string): Promise<Appointment[]> {
    return manager
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .where('a.case_id = :caseId', { caseId })
      .andWhere(`(a.source_key LIKE 'contact:%' OR a.source_key LIKE 'evaluation:%')`)
      .getMany();
  }

  /** The sessions of a programme, in time order. */
  ofProgramme(manager: EntityManager, programmeId: string): Promise<Appointment[]> {
    return manager.getRepository(Appointment).find({ where: { programmeId }, order: { startsAt: 'ASC' } });
  }

  /** Planned appointments of any of these people overlapping the interval. */
  plannedOfAnyOverlapping(manager: EntityManager, userIds: string[], from: Date, to: Date): Promise<Appointment[]> {
    return manager
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .where('a.participant_user_ids && :ids::uuid[]', { ids: userIds })
      .andWhere(`a.status = 'PLANNED' AND a.ends_at > :from AND a.starts_at < :to`, { from, to })
      .getMany();
  }

  /** Per participant, their planned appointments overlapping the interval (half-open), other than `exceptId`, in time order. */
  async busyParticipants(db: Queryable, userIds: string[], start: Date, end: Date, exceptId: string | null): Promise<BusyParticipant[]> {
    const rows: { user_id: string; starts_at: Date; ends_at: Date }[] = await db.query(
      `SELECT u AS user_id, a.starts_at, a.ends_at
         FROM appointments a, unnest(a.participant_user_ids) u
        WHERE u = ANY($1::uuid[]) AND a.status = 'PLANNED' AND a.starts_at < $3 AND a.ends_at > $2
          AND ($4::uuid IS NULL OR a.id <> $4)
        ORDER BY a.starts_at`,
      [userIds, start, end, exceptId],
    );
    return rows.map((r) => ({ userId: r.user_id, startsAt: r.starts_at, endsAt: r.ends_at }));
  }

  /** The demo's fixed appointments; an existing row is kept. Whether it was new. */
  async insertUnlessPresent(
    db: Queryable,
    row: { id: string; caseId: string; kind: string; startsAt: Date; endsAt: Date; location: string; status: string; participants: AppointmentParticipant[] },
  ): Promise<boolean> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO appointments (id, case_id, kind, starts_at, ends_at, location, status, participants, participant_user_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING 1`,
      [
        row.id,
        row.caseId,
        row.kind,
        row.startsAt,
        row.endsAt,
        row.location,
        row.status,
        JSON.stringify(row.participants),
        row.participants.map((p) => p.userId),
      ],
    );
    return inserted.length > 0;
  }
}
