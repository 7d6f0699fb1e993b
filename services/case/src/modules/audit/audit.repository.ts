import type { Queryable } from '@terugkeer/service-kit';
import type { AuditEntry } from './audit-chain';

/** One lock for the whole chain: entries are appended strictly one after the other. */
const CHAIN_LOCK = 7_262_001;

export interface AuditRow {
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

export interface AccessRow {
  seq: string;
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorRole: string;
  action: string;
  dataClass: string;
  caseId: string | null;
}

/** The SQL of the audit log: an append-only hash chain. */
export class AuditRepository {
  /** Takes the chain's lock for the rest of the transaction and returns its last link. */
  async lockLast(db: Queryable): Promise<{ seq: string; hash: string } | null> {
    await db.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
    const [last] = await db.query(`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
    return last ?? null;
  }

  async insert(db: Queryable, entry: AuditEntry): Promise<void> {
    await db.query(
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
  }

  /** A page of the chain after `after`; `schema` reads a copy elsewhere (a restored backup, say). */
  page(db: Queryable, after: number, size: number, schema?: string): Promise<AuditRow[]> {
    const table = schema ? `"${schema.replaceAll('"', '')}".audit_log` : 'audit_log';
    return db.query(`SELECT * FROM ${table} WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, size]);
  }

  /** Accesses by others to these employees' data, newest first, before `beforeSeq` when given. */
  accessesTo(db: Queryable, employeeIds: readonly string[], exceptUserId: string, beforeSeq: string | null, limit: number): Promise<AccessRow[]> {
    return db.query(
      `SELECT a.seq, a.seq::text AS id, a.occurred_at AS "occurredAt", a.actor_user_id AS "actorUserId", a.actor_role AS "actorRole",
              a.action, a.data_class AS "dataClass", a.case_id AS "caseId"
         FROM audit_log a
        WHERE a.subject_employee_id = ANY($1::uuid[])
          AND a.actor_user_id IS DISTINCT FROM $2
          AND ($3::bigint IS NULL OR a.seq < $3::bigint)
        ORDER BY a.seq DESC
        LIMIT $4`,
      [employeeIds, exceptUserId, beforeSeq, limit],
    );
  }
}
