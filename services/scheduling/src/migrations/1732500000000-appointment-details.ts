import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Participants, purpose, session report link and a version for optimistic concurrency; plus the address book. */
export class AppointmentDetails1732500000000 implements MigrationInterface {
  name = 'AppointmentDetails1732500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE appointments
        ADD COLUMN purpose text,
        ADD COLUMN participants jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN participant_user_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN session_report_id uuid,
        ADD COLUMN programme_id uuid,
        ADD COLUMN programme_week int,
        ADD COLUMN source_key text UNIQUE,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN created_by uuid`);
    await runner.query(`CREATE INDEX appointments_participants ON appointments USING gin (participant_user_ids)`);
    // Who is who: names and addresses for notifications, learnt from verified tokens and seeded demo people.
    await runner.query(`
      CREATE TABLE people (
        user_id uuid PRIMARY KEY,
        email text NOT NULL,
        name text NOT NULL,
        memberships jsonb NOT NULL DEFAULT '[]',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
