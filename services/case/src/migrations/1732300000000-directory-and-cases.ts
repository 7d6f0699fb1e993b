import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectoryAndCases1732300000000 implements MigrationInterface {
  name = 'DirectoryAndCases1732300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY,
        name text NOT NULL UNIQUE,
        full_time_hours int NOT NULL DEFAULT 40 CHECK (full_time_hours BETWEEN 1 AND 60),
        jurisdiction text NOT NULL DEFAULT 'NL' CHECK (jurisdiction IN ('NL', 'BE'))
      )`);
    await runner.query(`CREATE TABLE health_providers (id uuid PRIMARY KEY, name text NOT NULL UNIQUE)`);
    await runner.query(`
      CREATE TABLE provider_organizations (
        health_provider_id uuid NOT NULL REFERENCES health_providers(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        PRIMARY KEY (health_provider_id, organization_id)
      )`);
    await runner.query(`CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL)`);
    await runner.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id),
        role text NOT NULL CHECK (role IN ('EMPLOYEE', 'MANAGER', 'CASE_MANAGER', 'COMPANY_DOCTOR', 'COACH')),
        organization_id uuid REFERENCES organizations(id),
        health_provider_id uuid REFERENCES health_providers(id),
        CHECK ((organization_id IS NULL) <> (health_provider_id IS NULL))
      )`);
    await runner.query(`CREATE INDEX memberships_user ON memberships (user_id)`);
    await runner.query(`
      CREATE TABLE departments (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        name text NOT NULL,
        UNIQUE (organization_id, name)
      )`);
    await runner.query(`
      CREATE TABLE employees (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        employee_number text NOT NULL,
        name text NOT NULL,
        email text,
        user_id uuid REFERENCES users(id),
        department_id uuid REFERENCES departments(id),
        manager_user_id uuid REFERENCES users(id),
        UNIQUE (organization_id, employee_number)
      )`);
    await runner.query(`CREATE INDEX employees_user ON employees (user_id)`);
    await runner.query(`CREATE INDEX employees_manager ON employees (manager_user_id)`);
    await runner.query(`
      CREATE TABLE contracts (
        id uuid PRIMARY KEY,
        employee_id uuid NOT NULL REFERENCES employees(id),
        start_date date NOT NULL,
        end_date date,
        hours_per_week numeric(5,2) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
        CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await runner.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        employee_id uuid NOT NULL REFERENCES employees(id),
        health_provider_id uuid REFERENCES health_providers(id),
        status text NOT NULL,
        jurisdiction text NOT NULL DEFAULT 'NL',
        first_sick_day date NOT NULL,
        recovery_date date,
        version int NOT NULL DEFAULT 1
      )`);
    await runner.query(`CREATE INDEX cases_organization ON cases (organization_id)`);
    await runner.query(`CREATE INDEX cases_employee ON cases (employee_id)`);
    await runner.query(`
      CREATE TABLE case_assignments (
        case_id uuid NOT NULL REFERENCES cases(id),
        user_id uuid NOT NULL REFERENCES users(id),
        role text NOT NULL CHECK (role IN ('COMPANY_DOCTOR', 'COACH')),
        PRIMARY KEY (case_id, user_id, role)
      )`);
    await runner.query(`CREATE INDEX case_assignments_user ON case_assignments (user_id)`);
    await runner.query(`
      CREATE TABLE "case".outbox (
        position bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        aggregate_id text NOT NULL,
        organization_id text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        payload jsonb NOT NULL,
        dispatched_at timestamptz
      )`);
    await runner.query(`CREATE INDEX outbox_undispatched ON "case".outbox (position) WHERE dispatched_at IS NULL`);
    await runner.query(`
      CREATE TABLE "case".inbox (
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
