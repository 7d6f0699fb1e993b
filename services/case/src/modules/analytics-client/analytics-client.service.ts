import type { Membership } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { appendAudit } from '../audit';
import { AnalyticsClientRepository, type AnalyticsClientRow } from './analytics-client.repository';
import { clientSecretMatches, hashClientSecret, newClientSecret, UNKNOWN_CLIENT_HASH } from './client-secret';

/** An organization's own analysts, or a health provider's across the employers it serves. */
export type AnalyticsClientScope = { organization: string } | { provider: string };

export class AnalyticsClientError extends Error {}

export interface CreatedAnalyticsClient {
  clientId: string;
  /** Shown this once; only its hash is kept. */
  clientSecret: string;
  name: string;
  organizationId: string | null;
  healthProviderId: string | null;
}

export interface AnalyticsClientSummary {
  clientId: string;
  name: string;
  organizationId: string | null;
  healthProviderId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** What the token issuer puts in the claims of a client's token. */
export interface AnalyticsClientIdentity {
  id: string;
  name: string;
  memberships: Membership[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const summary = (row: AnalyticsClientRow): AnalyticsClientSummary => ({
  clientId: row.id,
  name: row.name,
  organizationId: row.organizationId,
  healthProviderId: row.healthProviderId,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

const auditFacts = (clientId: string | null, organizationId: string | null) => ({
  organizationId,
  subjectEmployeeId: null,
  caseId: null,
  dataClass: 'ANALYTICS_CLIENT' as const,
  recordId: clientId,
});

/** Service accounts of analysts (OAuth 2.0 client credentials); every change and every token is audited. */
export class AnalyticsClientService {
  constructor(private readonly dataSource: DataSource) {}

  async create(scope: AnalyticsClientScope, name?: string): Promise<CreatedAnalyticsClient> {
    const clientSecret = newClientSecret();
    const secretHash = await hashClientSecret(clientSecret);
    return this.dataSource.transaction(async (manager) => {
      const repository = new AnalyticsClientRepository(manager);
      const organizationId = 'organization' in scope ? await repository.organizationIdByName(scope.organization) : null;
      const healthProviderId = 'provider' in scope ? await repository.healthProviderIdByName(scope.provider) : null;
      if (!organizationId && !healthProviderId) {
        throw new AnalyticsClientError(
          'organization' in scope ? `No organization named "${scope.organization}".` : `No health provider named "${scope.provider}".`,
        );
      }
      const row = {
        id: randomUUID(),
        name: name ?? `Analytics: ${'organization' in scope ? scope.organization : scope.provider}`,
        secretHash,
        organizationId,
        healthProviderId,
      };
      await repository.insert(row);
      await appendAudit(manager, {
        ...auditFacts(row.id, organizationId),
        actorUserId: null,
        actorRole: 'SYSTEM',
        action: 'CREATE',
        detail: { healthProviderId },
      });
      return { clientId: row.id, clientSecret, name: row.name, organizationId, healthProviderId };
    });
  }

  async list(): Promise<AnalyticsClientSummary[]> {
    return (await new AnalyticsClientRepository(this.dataSource.manager).list()).map(summary);
  }

  async revoke(clientId: string): Promise<AnalyticsClientSummary> {
    if (!UUID.test(clientId)) throw new AnalyticsClientError(`No analytics client ${clientId}.`);
    return this.dataSource.transaction(async (manager) => {
      const repository = new AnalyticsClientRepository(manager);
      const found = await repository.find(clientId);
      if (!found) throw new AnalyticsClientError(`No analytics client ${clientId}.`);
      if (await repository.revoke(clientId)) {
        await appendAudit(manager, { ...auditFacts(found.id, found.organizationId), actorUserId: null, actorRole: 'SYSTEM', action: 'REVOKE', detail: {} });
      }
      return summary(await repository.find(clientId).then((row) => row ?? found));
    });
  }

  /**
   * The client's identity when the id and secret match a client that is not revoked, else
   * null. Both outcomes are audited: a token granted, or refused with the reason.
   */
  async authenticate(clientId: string, clientSecret: string): Promise<AnalyticsClientIdentity | null> {
    const found = UUID.test(clientId) ? await new AnalyticsClientRepository(this.dataSource.manager).find(clientId) : null;
    const matches = await clientSecretMatches(clientSecret, found?.secretHash ?? UNKNOWN_CLIENT_HASH);
    const refusal = !found ? 'UNKNOWN_CLIENT' : found.revokedAt ? 'REVOKED' : !matches ? 'WRONG_SECRET' : null;
    await this.dataSource.transaction(async (manager) => {
      if (found && !refusal) await new AnalyticsClientRepository(manager).markUsed(found.id);
      await appendAudit(manager, {
        ...auditFacts(found?.id ?? null, found?.organizationId ?? null),
        actorUserId: found?.id ?? null,
        actorRole: 'ANALYST',
        action: 'GRANT',
        detail: refusal ? { grant: 'client_credentials', refused: refusal } : { grant: 'client_credentials' },
      });
    });
    if (!found || refusal) return null;
    return {
      id: found.id,
      name: found.name,
      memberships: [{ role: 'ANALYST', organizationId: found.organizationId, healthProviderId: found.healthProviderId }],
    };
  }
}
