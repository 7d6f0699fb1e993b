import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { EmployeeStatement, RectificationRequest, RectificationStatus } from './data-subject.types';

const STATEMENT_COLUMNS = `id, text, created_at AS "createdAt"`;
const REQUEST_COLUMNS = `id, case_id AS "caseId", data_class AS "dataClass", description, status, response,
  created_at AS "createdAt", resolved_at AS "resolvedAt", version`;

export type StoredRectification = RectificationRequest & { caseId: string };

export class DataSubjectRepository {
  constructor(private readonly dataSource: DataSource) {}

  statements(caseIds: readonly string[]): Promise<(EmployeeStatement & { caseId: string })[]> {
    return this.dataSource.query(`SELECT case_id AS "caseId", ${STATEMENT_COLUMNS} FROM employee_statements WHERE case_id = ANY($1) ORDER BY created_at`, [
      caseIds,
    ]);
  }

  rectifications(caseIds: readonly string[]): Promise<StoredRectification[]> {
    return this.dataSource.query(`SELECT ${REQUEST_COLUMNS} FROM rectification_requests WHERE case_id = ANY($1) ORDER BY created_at`, [caseIds]);
  }

  async rectification(id: string): Promise<StoredRectification | null> {
    const [row] = await this.dataSource.query(`SELECT ${REQUEST_COLUMNS} FROM rectification_requests WHERE id = $1`, [id]);
    return row ?? null;
  }

  async addStatement(manager: EntityManager, caseId: string, authorUserId: string, text: string): Promise<EmployeeStatement> {
    const [row] = await manager.query(
      `INSERT INTO employee_statements (id, case_id, author_user_id, text) VALUES ($1, $2, $3, $4) RETURNING ${STATEMENT_COLUMNS}`,
      [randomUUID(), caseId, authorUserId, text],
    );
    return row;
  }

  async addRectification(manager: EntityManager, caseId: string, userId: string, dataClass: string, description: string): Promise<StoredRectification> {
    const [row] = await manager.query(
      `INSERT INTO rectification_requests (id, case_id, requested_by, data_class, description)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${REQUEST_COLUMNS}`,
      [randomUUID(), caseId, userId, dataClass, description],
    );
    return row;
  }

  /** Null when the version moved on since the caller read it. */
  async resolveRectification(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    resolution: { status: RectificationStatus; response: string; resolvedBy: string },
  ): Promise<StoredRectification | null> {
    const [rows] = await manager.query(
      `UPDATE rectification_requests
          SET status = $3, response = $4, resolved_by = $5, resolved_at = now(), version = version + 1
        WHERE id = $1 AND version = $2
        RETURNING ${REQUEST_COLUMNS}`,
      [id, expectedVersion, resolution.status, resolution.response, resolution.resolvedBy],
    );
    return rows[0] ?? null;
  }
}
