import { required } from '@terugkeer/domain';
import { randomUUID } from 'node:crypto';
import type { Queryable } from '@terugkeer/service-kit';
import type { EntityManager } from 'typeorm';
import type { MedicalNote } from './medical-notes.types';
import { DirectoryRepository } from '../directory/directory.repository';

const COLUMNS = `n.id, n.case_id AS "caseId", n.text, n.author_user_id AS author, n.version, n.created_at AS "createdAt", n.updated_at AS "updatedAt"`;

/** The rows carry the author's user id under `author`; the reader sees their name. */
async function withAuthorNames(db: Queryable, rows: MedicalNote[]): Promise<MedicalNote[]> {
  const names = await new DirectoryRepository().userNameMap(
    db,
    rows.map((row) => row.author),
  );
  return rows.map((row) => ({ ...row, author: required(names.get(row.author), `the name of user ${row.author}`) }));
}

export class MedicalNotesRepository {
  async notes(db: Queryable, caseId: string): Promise<MedicalNote[]> {
    return withAuthorNames(db, await db.query(`SELECT ${COLUMNS} FROM medical_notes n WHERE n.case_id = $1 ORDER BY n.created_at`, [caseId]));
  }

  async note(db: Queryable, id: string): Promise<MedicalNote | null> {
    const [row] = await withAuthorNames(db, await db.query(`SELECT ${COLUMNS} FROM medical_notes n WHERE n.id = $1`, [id]));
    return row ?? null;
  }

  async add(manager: EntityManager, note: { caseId: string; authorUserId: string; text: string; at: Date }): Promise<string> {
    const id = randomUUID();
    await manager.query(`INSERT INTO medical_notes (id, case_id, author_user_id, text, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)`, [
      id,
      note.caseId,
      note.authorUserId,
      note.text,
      note.at,
    ]);
    return id;
  }

  /** False when the version moved on since the caller read it. */
  async update(manager: EntityManager, id: string, expectedVersion: number, text: string): Promise<boolean> {
    const [, updated] = await manager.query(`UPDATE medical_notes SET text = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`, [
      id,
      expectedVersion,
      text,
    ]);
    return updated === 1;
  }
}
