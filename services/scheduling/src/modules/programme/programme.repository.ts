import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Programme, ProgrammeStatus } from './programme.entity';

/** The programmes table: every query of it. */
export class ProgrammeRepository {
  async insert(manager: EntityManager, fields: Omit<Programme, 'id'>): Promise<Programme> {
    const programme = manager.create(Programme, { id: randomUUID(), ...fields });
    await manager.save(programme);
    return programme;
  }

  async save(manager: EntityManager, programme: Programme): Promise<void> {
    await manager.save(programme);
  }

  byId(manager: EntityManager, id: string): Promise<Programme | null> {
    return manager.findOneBy(Programme, { id });
  }

  activeOfCase(manager: EntityManager, caseId: string): Promise<Programme | null> {
    return manager.findOne(Programme, { where: { caseId, status: ProgrammeStatus.ACTIVE } });
  }

  /** The active programme, else the most recent one. */
  currentOfCase(manager: EntityManager, caseId: string): Promise<Programme | null> {
    return manager.getRepository(Programme).findOne({ where: { caseId }, order: { status: 'ASC', startDate: 'DESC' } });
  }

  anyOfCase(manager: EntityManager, caseId: string): Promise<Programme | null> {
    return manager.findOneBy(Programme, { caseId });
  }
}
