import { required } from '@terugkeer/domain';
import { conflict } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { appendAudit, type AuditFacts, auditRead, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import { MedicalNotesRepository } from './medical-notes.repository';
import type { MedicalNote } from './medical-notes.types';

/**
 * Medical notes: the assigned company doctor's alone. Every read and every write is in
 * the audit log; they never leave the case service in an event.
 */
export class MedicalNotesService {
  private readonly repository = new MedicalNotesRepository();

  constructor(private readonly dataSource: DataSource) {}

  async read(doctorUserId: string, found: Case): Promise<MedicalNote[]> {
    const notes = await this.repository.notes(this.dataSource, found.id);
    await auditRead(this.dataSource, { ...this.facts(doctorUserId, found, null), detail: { notes: notes.length } });
    return notes;
  }

  add(doctorUserId: string, found: Case, text: string, at = new Date()): Promise<MedicalNote> {
    return this.dataSource.transaction(async (manager) => {
      const id = await this.repository.add(manager, { caseId: found.id, authorUserId: doctorUserId, text, at });
      await appendAudit(manager, { ...this.facts(doctorUserId, found, id), action: 'CREATE', detail: { length: text.length } });
      return required(await this.repository.note(manager, id), 'the medical note just written');
    });
  }

  update(doctorUserId: string, found: Case, note: MedicalNote, expectedVersion: number, text: string): Promise<MedicalNote> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.update(manager, note.id, expectedVersion, text))) {
        throw conflict('MedicalNote', required(await this.repository.note(manager, note.id), 'the medical note').version);
      }
      await appendAudit(manager, {
        ...this.facts(doctorUserId, found, note.id),
        action: 'UPDATE',
        detail: { version: expectedVersion + 1, length: text.length },
      });
      return required(await this.repository.note(manager, note.id), 'the medical note just changed');
    });
  }

  note(id: string) {
    return this.repository.note(this.dataSource, id);
  }

  private facts(doctorUserId: string, found: Case, recordId: string | null): Omit<AuditFacts, 'action' | 'detail'> {
    return {
      actorUserId: doctorUserId,
      actorRole: 'COMPANY_DOCTOR',
      ...auditSubjectOf(found),
      dataClass: 'MEDICAL_NOTES',
      recordId,
    };
  }
}
