import type { Queryable } from '@terugkeer/service-kit';

export interface AnalyticsClientRow {
  id: string;
  name: string;
  secretHash: string;
  organizationId: string | null;
  healthProviderId: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const COLUMNS = `id, name, secret_hash AS "secretHash", organization_id AS "organizationId", health_provider_id AS "healthProviderId",
                 created_at AS "createdAt", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"`;

/** All SQL of the analytics clients (service accounts of analysts). */
export class AnalyticsClientRepository {
  constructor(private readonly db: Queryable) {}

  async organizationIdByName(name: string): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM organizations WHERE lower(name) = lower($1)`, [name]);
    return rows.length === 1 ? rows[0].id : null;
  }

  async healthProviderIdByName(name: string): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM health_providers WHERE lower(name) = lower($1)`, [name]);
    return rows.length === 1 ? rows[0].id : null;
  }

  async insert(client: Pick<AnalyticsClientRow, 'id' | 'name' | 'secretHash' | 'organizationId' | 'healthProviderId'>): Promise<void> {
    await this.db.query(`INSERT INTO analytics_clients (id, name, secret_hash, organization_id, health_provider_id) VALUES ($1, $2, $3, $4, $5)`, [
      client.id,
      client.name,
      client.secretHash,
      client.organizationId,
      client.healthProviderId,
    ]);
  }

  async find(id: string): Promise<AnalyticsClientRow | null> {
    const rows: AnalyticsClientRow[] = await this.db.query(`SELECT ${COLUMNS} FROM analytics_clients WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async list(): Promise<AnalyticsClientRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM analytics_clients ORDER BY created_at, id`);
  }

  /** True when the client existed and was not yet revoked. */
  async revoke(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`UPDATE analytics_clients SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id`, [id]);
    return rows.length === 1;
  }

  async markUsed(id: string): Promise<void> {
    await this.db.query(`UPDATE analytics_clients SET last_used_at = now() WHERE id = $1`, [id]);
  }
}
