import type { DataSource, EntityManager } from 'typeorm';
import { ChainVerifier, entryHash, GENESIS_HASH, type AuditEntry, type AuditFacts, type ChainVerification } from './audit-chain';

/** One lock for the whole chain: entries are appended strictly one after the other. */
const CHAIN_LOCK = 7_262_001;

interface AuditRow {
  seq: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_role: string;
  organization_id: string | null;
  subject_employee_id: string | null;
  case_id: string | null;
  action: AuditEntry['action'];
  data_class: AuditEntry['dataClass'];
  record_id: string | null;
  detail: Record<string, unknown>;
  previous_hash: string;
  hash: string;
}

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

/**
 * Appends to the tamper-evident audit log inside the caller's transaction, so a change
 * and its audit entry commit together. Call it from within `manager.transaction`.
 */
export async function appendAudit(manager: EntityManager, facts: AuditFacts): Promise<AuditEntry> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
  const [last] = await manager.query(`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
  // Millisecond precision, so the stored timestamp reads back exactly as it was hashed.
  const occurredAt = new Date(Date.now());
  const unhashed = {
    ...facts,
    seq: last ? Number(last.seq) + 1 : 1,
    occurredAt,
    previousHash: last?.hash ?? GENESIS_HASH,
  };
  const entry: AuditEntry = { ...unhashed, hash: entryHash(unhashed) };
  await manager.query(
    `INSERT INTO audit_log (seq, occurred_at, actor_user_id, actor_role, organization_id, subject_employee_id,
       case_id, action, data_class, record_id, detail, previous_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      entry.seq,
      entry.occurredAt,
      entry.actorUserId,
      entry.actorRole,
      entry.organizationId,
      entry.subjectEmployeeId,
      entry.caseId,
      entry.action,
      entry.dataClass,
      entry.recordId,
      JSON.stringify(entry.detail),
      entry.previousHash,
      entry.hash,
    ],
  );
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
  const table = options.schema ? `"${options.schema.replaceAll('"', '')}".audit_log` : 'audit_log';
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const rows: AuditRow[] = await dataSource.query(`SELECT * FROM ${table} WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, batchSize]);
    for (const row of rows) {
      verifier.add(toAuditEntry(row));
      after = Number(row.seq);
    }
    if (rows.length < batchSize) return verifier.result();
  }
}
