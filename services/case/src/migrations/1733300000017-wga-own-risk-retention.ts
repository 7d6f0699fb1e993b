import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An own-risk bearer for the WGA keeps dossiers for a term of its own, apart from the Ziektewet's. */
export class WgaOwnRiskRetention1733300000017 implements MigrationInterface {
  name = 'WgaOwnRiskRetention1733300000017';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE organizations
        ADD COLUMN wga_own_risk_bearer boolean NOT NULL DEFAULT false,
        ADD COLUMN retention_wga_own_risk_years int CHECK (retention_wga_own_risk_years BETWEEN 1 AND 30)`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
