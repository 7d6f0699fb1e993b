import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the PDF exports print: plan versions with signatures, capability profiles, intakes; never medical content. */
export class DocumentReadModel1732500000002 implements MigrationInterface {
  name = 'DocumentReadModel1732500000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE employees ADD COLUMN employee_number text`);
    await runner.query(`
      CREATE TABLE action_plan_versions (
        case_id uuid NOT NULL,
        version int NOT NULL,
        plan jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, version)
      )`);
    await runner.query(`
      CREATE TABLE problem_analyses (
        analysis_id uuid NOT NULL,
        version int NOT NULL,
        case_id uuid NOT NULL,
        analysis jsonb NOT NULL,
        PRIMARY KEY (analysis_id, version)
      )`);
    await runner.query(`CREATE INDEX problem_analyses_case ON problem_analyses (case_id)`);
    await runner.query(`
      CREATE TABLE programme_intakes (
        case_id uuid PRIMARY KEY,
        fits boolean NOT NULL,
        reason text,
        recorded_on date NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
