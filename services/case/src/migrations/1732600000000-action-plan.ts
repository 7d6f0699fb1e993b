import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActionPlan1732600000000 implements MigrationInterface {
  name = 'ActionPlan1732600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE action_plans (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        revision int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE action_plan_versions (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES action_plans(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        number int NOT NULL CHECK (number >= 1),
        content jsonb NOT NULL,
        employee_view text CHECK (length(employee_view) <= 5000),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (plan_id, number)
      )`);
    await runner.query(`
      CREATE TABLE action_plan_signatures (
        version_id uuid NOT NULL REFERENCES action_plan_versions(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        role text NOT NULL CHECK (role IN ('EMPLOYEE', 'MANAGER')),
        user_id uuid NOT NULL REFERENCES users(id),
        signed_at timestamptz NOT NULL,
        PRIMARY KEY (version_id, role)
      )`);
    await runner.query(`
      CREATE TABLE plan_evaluations (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        plan_id uuid NOT NULL REFERENCES action_plans(id),
        number int NOT NULL CHECK (number >= 1),
        held_on date NOT NULL,
        outcome text NOT NULL CHECK (length(outcome) BETWEEN 1 AND 5000),
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, number)
      )`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
