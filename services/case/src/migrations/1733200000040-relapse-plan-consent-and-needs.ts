import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The employee may let the manager read the relapse-prevention plan (a consent of its own), and
 * says what they need: in each check-in, and to the company doctor in the problem analysis.
 */
export class RelapsePlanConsentAndNeeds1733200000040 implements MigrationInterface {
  name = 'RelapsePlanConsentAndNeeds1733200000040';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE consents DROP CONSTRAINT consents_scope_check`);
    await runner.query(`ALTER TABLE consents ADD CONSTRAINT consents_scope_check CHECK (scope IN ('CHECK_IN_TREND', 'CHECK_IN_DETAIL', 'RELAPSE_PLAN'))`);
    await runner.query(`ALTER TABLE check_ins ADD COLUMN need text CHECK (length(need) BETWEEN 1 AND 1000)`);
    await runner.query(`ALTER TABLE problem_analyses ADD COLUMN employee_needs text CHECK (length(employee_needs) BETWEEN 1 AND 1000)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE problem_analyses DROP COLUMN employee_needs`);
    await runner.query(`ALTER TABLE check_ins DROP COLUMN need`);
    await runner.query(`DELETE FROM consents WHERE scope = 'RELAPSE_PLAN'`);
    await runner.query(`ALTER TABLE consents DROP CONSTRAINT consents_scope_check`);
    await runner.query(`ALTER TABLE consents ADD CONSTRAINT consents_scope_check CHECK (scope IN ('CHECK_IN_TREND', 'CHECK_IN_DETAIL'))`);
  }
}
