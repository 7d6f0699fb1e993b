import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeIntakeAndEscalation1732600000002 implements MigrationInterface {
  name = 'ProgrammeIntakeAndEscalation1732600000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE programme_intakes (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        fits boolean NOT NULL,
        reason text CHECK (length(reason) <= 5000),
        recorded_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (fits OR reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX programme_intakes_case ON programme_intakes (case_id, recorded_at)`);
    await runner.query(`
      CREATE TABLE escalations (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        raised_by uuid NOT NULL REFERENCES users(id),
        doctor_user_id uuid NOT NULL REFERENCES users(id),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 5000),
        urgency text NOT NULL CHECK (urgency IN ('NORMAL', 'URGENT')),
        employee_agreed_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACKNOWLEDGED')),
        raised_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_by uuid REFERENCES users(id),
        acknowledged_at timestamptz,
        acknowledgement_note text CHECK (length(acknowledgement_note) <= 5000),
        version int NOT NULL DEFAULT 1
      )`);
    await runner.query(`CREATE INDEX escalations_case ON escalations (case_id, raised_at)`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
