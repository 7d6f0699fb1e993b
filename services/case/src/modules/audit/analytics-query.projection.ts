import type { AnalyticsQueried } from '@terugkeer/events';
import type { EntityManager } from 'typeorm';
import { appendAudit } from './audit.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The reporting service tells of every analyst query; the audit log records it like any read:
 * who asked (the client or person), which field, selection and arguments, when — no figure.
 */
export async function auditAnalyticsQuery(event: AnalyticsQueried, manager: EntityManager): Promise<void> {
  const { analyst, organizationIds, ...request } = event.payload;
  await appendAudit(manager, {
    // A client of an organization's own identity provider is named `<issuer>#<client>`, no id of ours.
    actorUserId: UUID.test(analyst) ? analyst : null,
    actorRole: 'ANALYST',
    organizationId: organizationIds.length === 1 ? organizationIds[0] : null,
    subjectEmployeeId: null,
    caseId: null,
    action: 'READ',
    dataClass: 'ANALYTICS_QUERY',
    recordId: null,
    detail: { analyst, organizationIds, ...request, queriedAt: event.occurredAt },
  });
}
