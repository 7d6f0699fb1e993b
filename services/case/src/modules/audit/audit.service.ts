import type { DataSource, EntityManager } from 'typeorm';
import { ChainVerifier, entryHash, GENESIS_HASH, type AuditEntry, type AuditFacts, type ChainVerification } from './audit-chain';
import { AuditRepository, type AuditRow } from './audit.repository';
import { DirectoryRepository } from '../directory/directory.repository';
import { EmployeeRepository } from '../directory/employee.repository';

const repository = new AuditRepository();

export const toAuditEntry = (row: AuditRow): AuditEntry => ({
  seq: Number(row.seq),
  occurredAt: row.occurred_at,
  actorUserId: row.actor_user_id,
  actorRole: row.actor_role,
  organizationId: row.organization_id,
  subjectEmployeeId: row.subject_employee_id,
  caseId: row.case_id,
  action: row.action,
  dataClass: row.data_class,
  recordId: row.record_id,
  detail: row.detail,
  previousHash: row.previous_hash,
  hash: row.hash,
});

/** Whose data an entry about a case concerns: the case, its employee and their employer. */
export function auditSubjectOf(found: {
  id: string;
  organizationId: string;
  employeeId: string;
}): Pick<AuditFacts, 'organizationId' | 'subjectEmployeeId' | 'caseId'> {
  return { organizationId: found.organizationId, subjectEmployeeId: found.employeeId, caseId: found.id };
}

/**
 * Appends to the tamper-evident audit log inside the caller's transaction, so a change
 * and its audit entry commit together. Call it from within `manager.transaction`.
 */
export async function appendAudit(manager: EntityManager, facts: AuditFacts): Promise<AuditEntry> {
  const last = await repository.lockLast(manager);
  // Millisecond precision, so the stored timestamp reads back exactly as it was hashed.
  const occurredAt = new Date(Date.now());
  const unhashed = {
    ...facts,
    seq: last ? Number(last.seq) + 1 : 1,
    occurredAt,
    previousHash: last?.hash ?? GENESIS_HASH,
  };
  const entry: AuditEntry = { ...unhashed, hash: entryHash(unhashed) };
  await repository.insert(manager, entry);
  return entry;
}

/** For reads: a short transaction of its own that only writes the audit entry. */
export async function auditRead(dataSource: DataSource, facts: Omit<AuditFacts, 'action'>): Promise<void> {
  await dataSource.transaction((manager) => appendAudit(manager, { ...facts, action: 'READ' }));
}

/**
 * Verifies the whole chain in pages, so its size never has to fit in memory. `schema`
 * reads a copy elsewhere (a restored backup, say) instead of the live log.
 */
export async function verifyAuditChain(dataSource: DataSource, options: { schema?: string; batchSize?: number } = {}): Promise<ChainVerification> {
  const { batchSize = 5_000 } = options;
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const rows = await repository.page(dataSource, after, batchSize, options.schema);
    for (const row of rows) {
      verifier.add(toAuditEntry(row));
      after = Number(row.seq);
    }
    if (rows.length < batchSize) return verifier.result();
  }
}

export interface DataAccess {
  seq: string;
  id: string;
  occurredAt: Date;
  actorName: string | null;
  actorRole: string;
  action: string;
  dataClass: string;
  caseId: string | null;
}

/** Who else read or changed the user's own dossier, newest first, before `beforeSeq` when given. */
export async function dataAccessesOf(dataSource: DataSource, userId: string, beforeSeq: string | null, limit: number): Promise<DataAccess[]> {
  const employeeIds = await new EmployeeRepository().idsOfUser(dataSource, userId);
  const rows = await repository.accessesTo(dataSource, employeeIds, userId, beforeSeq, limit);
  const actorIds = [...new Set(rows.map((row) => row.actorUserId).filter((id): id is string => id !== null))];
  const names = new Map((await new DirectoryRepository().userNames(dataSource, actorIds)).map((user) => [user.id, user.name]));
  return rows.map(({ actorUserId, ...row }) => ({ ...row, actorName: (actorUserId && names.get(actorUserId)) ?? null }));
}
