import type { ConsentChanged } from '@terugkeer/events';
import { recordEvent } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { appendAudit, auditSubjectOf } from '../audit';
import type { Case } from '../case/case.entity';
import type { Grantee, Scope } from './consent-rules';
import { consentChangedPayload } from './consent.events';
import { ConsentRepository } from './consent.repository';

/** The employee's consents: each grant or withdrawal one transaction with its event and audit entry. */
export class ConsentService {
  constructor(private readonly dataSource: DataSource) {}

  history(caseId: string) {
    return new ConsentRepository(this.dataSource).history(caseId);
  }

  set(employeeUserId: string, found: Case, scope: Scope, granteeRole: Grantee, granted: boolean) {
    return this.dataSource.transaction(async (manager) => {
      const row = await new ConsentRepository(manager).record(found.id, scope, granteeRole, granted, employeeUserId);
      await recordEvent<ConsentChanged>(manager, {
        type: 'consent.changed',
        aggregateId: found.id,
        organizationId: found.organizationId,
        payload: consentChangedPayload(found, row),
      });
      await appendAudit(manager, {
        actorUserId: employeeUserId,
        actorRole: 'EMPLOYEE',
        ...auditSubjectOf(found),
        action: granted ? 'GRANT' : 'REVOKE',
        dataClass: 'CONSENT',
        recordId: `${scope}:${granteeRole}`,
        detail: { scope, granteeRole },
      });
      return row;
    });
  }
}
