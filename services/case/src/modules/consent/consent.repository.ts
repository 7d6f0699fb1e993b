import { randomUUID } from 'node:crypto';
import type { Queryable } from '@terugkeer/service-kit';
import type { CurrentConsent, Grantee, Scope } from './consent-rules';

export interface ConsentRow extends CurrentConsent {
  caseId: string;
  changedAt: Date;
}

export class ConsentRepository {
  constructor(private readonly db: Queryable) {}

  /** The consent now, per case, scope and grantee: the latest change wins. */
  current(caseIds: readonly string[]): Promise<ConsentRow[]> {
    return this.db.query(
      `SELECT DISTINCT ON (case_id, scope, grantee_role) case_id AS "caseId", scope, grantee_role AS "granteeRole", granted, changed_at AS "changedAt"
         FROM consents WHERE case_id = ANY($1) ORDER BY case_id, scope, grantee_role, changed_at DESC`,
      [caseIds],
    );
  }

  history(caseId: string): Promise<ConsentRow[]> {
    return this.db.query(
      `SELECT case_id AS "caseId", scope, grantee_role AS "granteeRole", granted, changed_at AS "changedAt" FROM consents WHERE case_id = $1 ORDER BY changed_at DESC`,
      [caseId],
    );
  }

  async record(caseId: string, scope: Scope, granteeRole: Grantee, granted: boolean, changedBy: string): Promise<ConsentRow> {
    const [row] = await this.db.query(
      `INSERT INTO consents (id, case_id, scope, grantee_role, granted, changed_by) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, case_id AS "caseId", scope, grantee_role AS "granteeRole", granted, changed_at AS "changedAt"`,
      [randomUUID(), caseId, scope, granteeRole, granted, changedBy],
    );
    return row;
  }
}
