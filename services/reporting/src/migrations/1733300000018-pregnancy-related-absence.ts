import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which sick reports are pregnancy-related, and which organizations leave them out of their
 * absence percentage (CBS) rather than count them (NVS 1996). Reports recorded before count
 * as not pregnancy-related until their next change is published.
 */
export class PregnancyRelatedAbsence1733300000018 implements MigrationInterface {
  name = 'PregnancyRelatedAbsence1733300000018';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE sick_reports ADD COLUMN pregnancy_related boolean NOT NULL DEFAULT false`);
    await runner.query(`ALTER TABLE organizations ADD COLUMN exclude_pregnancy_from_absence_percentage boolean NOT NULL DEFAULT false`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
