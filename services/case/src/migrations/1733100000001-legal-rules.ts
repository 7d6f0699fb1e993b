import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Facts the legal timeline now depends on: the Dutch safety-net ground of a sick report, who
 * asked for a Belgian re-integration trajectory and the certificate of definitive unfitness that
 * lets the employer ask early, and the extensions of Dutch wage payment (art. 7:629 lid 11 BW).
 */
export class LegalRules1733100000001 implements MigrationInterface {
  name = 'LegalRules1733100000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE sick_reports
        ADD COLUMN safety_net_ground text CHECK (safety_net_ground IN ('PREGNANCY', 'NO_RISK_POLICY', 'ORGAN_DONATION'))`);
    await runner.query(`
      ALTER TABLE cases
        ADD COLUMN reintegration_requested_by text CHECK (reintegration_requested_by IN ('EMPLOYEE', 'EMPLOYER')),
        ADD COLUMN unfitness_certificate_on date,
        ADD COLUMN wage_sanction_days int NOT NULL DEFAULT 0 CHECK (wage_sanction_days BETWEEN 0 AND 364),
        ADD COLUMN voluntary_extension_days int NOT NULL DEFAULT 0 CHECK (voluntary_extension_days BETWEEN 0 AND 364),
        ADD COLUMN late_wia_application_days int NOT NULL DEFAULT 0 CHECK (late_wia_application_days >= 0)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE cases DROP COLUMN late_wia_application_days, DROP COLUMN voluntary_extension_days, DROP COLUMN wage_sanction_days,
        DROP COLUMN unfitness_certificate_on, DROP COLUMN reintegration_requested_by`);
    await runner.query(`ALTER TABLE sick_reports DROP COLUMN safety_net_ground`);
  }
}
