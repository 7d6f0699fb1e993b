import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Analysts: the ANALYST role (aggregates only) and the service accounts that hold it,
 * OAuth 2.0 clients whose secret is kept as a scrypt hash only. A client serves one
 * organization, or a health provider across the employers it serves.
 */
export class AnalyticsClients1733100000000 implements MigrationInterface {
  name = 'AnalyticsClients1733100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE memberships DROP CONSTRAINT memberships_role_check`);
    await runner.query(`
      ALTER TABLE memberships ADD CONSTRAINT memberships_role_check
        CHECK (role IN ('EMPLOYEE', 'MANAGER', 'CASE_MANAGER', 'COMPANY_DOCTOR', 'COACH', 'ANALYST'))`);
    await runner.query(`
      CREATE TABLE analytics_clients (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        secret_hash text NOT NULL,
        organization_id uuid REFERENCES organizations(id),
        health_provider_id uuid REFERENCES health_providers(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_used_at timestamptz,
        CHECK ((organization_id IS NULL) <> (health_provider_id IS NULL))
      )`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
