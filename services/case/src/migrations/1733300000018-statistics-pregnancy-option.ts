import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An organization may leave pregnancy-related absence out of its absence percentage, as CBS does; NVS 1996 counts it. */
export class StatisticsPregnancyOption1733300000018 implements MigrationInterface {
  name = 'StatisticsPregnancyOption1733300000018';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE organizations ADD COLUMN exclude_pregnancy_from_absence_percentage boolean NOT NULL DEFAULT false`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
