import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The build-up the company doctor advises in the problem analysis: a ceiling per week and a maximum step, either or both. */
export class AdvisedBuildUp1733218000001 implements MigrationInterface {
  name = 'AdvisedBuildUp1733218000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE problem_analyses
        ADD COLUMN advised_max_hours_per_week numeric(4,1) CHECK (advised_max_hours_per_week > 0 AND advised_max_hours_per_week <= 60),
        ADD COLUMN advised_max_increase_per_week numeric(4,1) CHECK (advised_max_increase_per_week > 0 AND advised_max_increase_per_week <= 60)`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
