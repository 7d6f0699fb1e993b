import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The employee's name, from `employee.upserted`, for the documents of her case; null until the case service republishes her. */
export class EmployeeNames1733200000070 implements MigrationInterface {
  name = 'EmployeeNames1733200000070';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE employees ADD COLUMN name text`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
