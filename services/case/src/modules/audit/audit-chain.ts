import { createHash } from 'node:crypto';

/** What is sensitive enough that every read is logged, plus every kind of record that changes. */
export type AuditDataClass =
  | 'CASE_BASICS'
  | 'ABSENCE'
  | 'DIRECTORY'
  | 'MEDICAL_NOTES'
  | 'CAPABILITY_PROFILE'
  | 'ACTION_PLAN'
  | 'RELAPSE_PLAN'
  | 'CHECK_IN'
  | 'SESSION_REPORT'
  | 'SESSION_PRIVATE_NOTES'
  | 'CONSENT'
  | 'ESCALATION'
  | 'PROGRAMME_INTAKE'
  | 'EMPLOYEE_STATEMENT'
  | 'PERSONAL_DATA_EXPORT'
  | 'RETENTION'
  /** An analytics client: created, revoked, and each token it was given or refused. */
  | 'ANALYTICS_CLIENT'
  /** An analyst's query of the aggregates: who, which fields and arguments, when. */
  | 'ANALYTICS_QUERY';

export type AuditAction =
  | 'READ'
  | 'CREATE'
  | 'UPDATE'
  | 'DELETE'
  | 'SIGN'
  | 'VALIDATE'
  | 'REQUEST_CHANGE'
  | 'RELEASE'
  | 'REVOKE'
  | 'GRANT'
  | 'ACKNOWLEDGE'
  | 'EXPORT'
  | 'IMPORT'
  | 'ANONYMIZE';

export interface AuditFacts {
  actorUserId: string | null;
  /** The role the actor acted in, or SYSTEM for imports and scheduled jobs. */
  actorRole: string;
  organizationId: string | null;
  /** Whose data it is: the employee the record is about. */
  subjectEmployeeId: string | null;
  caseId: string | null;
  action: AuditAction;
  dataClass: AuditDataClass;
  recordId: string | null;
  /** Never the sensitive content itself; field names, versions, counts. */
  detail: Record<string, unknown>;
}

export interface AuditEntry extends AuditFacts {
  seq: number;
  occurredAt: Date;
  previousHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so the same facts always hash the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value) ?? 'null';
}

/** Each entry's hash covers its own facts, its position and the previous hash: editing, removing or reordering any entry breaks every later link. */
export function entryHash(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): string {
  const { seq, occurredAt, previousHash, hash: _ignored, ...facts } = entry;
  return createHash('sha256')
    .update(canonicalJson({ seq, occurredAt: occurredAt.toISOString(), previousHash, facts }))
    .digest('hex');
}

export interface ChainVerification {
  entries: number;
  valid: boolean;
  /** The first entry whose link does not hold, with the reason. */
  brokenAt: { seq: number; reason: string } | null;
}

/** Walks entries in order; `expectedSeq`/`previousHash` let a caller verify in batches. */
export class ChainVerifier {
  private expectedSeq = 1;
  private previousHash = GENESIS_HASH;
  private count = 0;
  private broken: ChainVerification['brokenAt'] = null;

  add(entry: AuditEntry): void {
    if (this.broken) return;
    this.count += 1;
    if (entry.seq !== this.expectedSeq) this.broken = { seq: entry.seq, reason: `expected entry ${this.expectedSeq}: an entry is missing` };
    else if (entry.previousHash !== this.previousHash) this.broken = { seq: entry.seq, reason: 'does not link to the entry before it' };
    else if (entryHash(entry) !== entry.hash) this.broken = { seq: entry.seq, reason: 'its content was changed after it was written' };
    this.expectedSeq = entry.seq + 1;
    this.previousHash = entry.hash;
  }

  result(): ChainVerification {
    return { entries: this.count, valid: this.broken === null, brokenAt: this.broken };
  }
}
