import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Appointments1732300000000 implements MigrationInterface {
  name = 'Appointments1732300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE case_access (
        case_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        health_provider_id uuid,
        department_id uuid,
        employee_user_id uuid,
        manager_user_id uuid,
        doctor_user_ids uuid[] NOT NULL DEFAULT '{}',
        coach_user_ids uuid[] NOT NULL DEFAULT '{}',
        first_sick_day date NOT NULL,
        status text NOT NULL,
        recovery_date date,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX case_access_organization ON case_access (organization_id)`);
    await runner.query(`
      CREATE TABLE appointments (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED',
        CHECK (ends_at > starts_at)
      )`);
    await runner.query(`CREATE INDEX appointments_case ON appointments (case_id, starts_at)`);
    await runner.query(`
      CREATE TABLE "scheduling".outbox (
        position bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        aggregate_id text NOT NULL,
        organization_id text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        payload jsonb NOT NULL,
        dispatched_at timestamptz
      )`);
    await runner.query(`CREATE INDEX outbox_undispatched ON "scheduling".outbox (position) WHERE dispatched_at IS NULL`);
    await runner.query(`
      CREATE TABLE "scheduling".inbox (
        position bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        aggregate_id text NOT NULL,
        organization_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        payload jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
