import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The pregnancy and maternity leave on the case: near it UWV must hear of an illness by its 4th day. */
export class MaternityLeave1733300000019 implements MigrationInterface {
  name = 'MaternityLeave1733300000019';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE cases
        ADD COLUMN expected_delivery_date date,
        ADD COLUMN maternity_leave_from date,
        ADD COLUMN maternity_leave_until date,
        ADD CONSTRAINT cases_maternity_leave CHECK (
          (expected_delivery_date IS NULL) = (maternity_leave_from IS NULL) AND (maternity_leave_from IS NULL) = (maternity_leave_until IS NULL)
          AND (maternity_leave_until IS NULL OR maternity_leave_until > maternity_leave_from))`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
