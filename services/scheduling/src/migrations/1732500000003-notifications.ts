import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1732500000003 implements MigrationInterface {
  name = 'Notifications1732500000003';

  async up(runner: QueryRunner): Promise<void> {
    // dedupe_key = user, reason, subject and due time: the same reminder can never exist twice.
    await runner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        dedupe_key text NOT NULL UNIQUE,
        user_id uuid NOT NULL,
        case_id uuid,
        reason text NOT NULL,
        subject_id text NOT NULL,
        due_at timestamptz,
        title text NOT NULL,
        body text NOT NULL,
        email text,
        mail_claimed_at timestamptz,
        mailed_at timestamptz,
        -- Millisecond precision, so a page cursor (an ISO string) compares exactly.
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        read_at timestamptz
      )`);
    await runner.query(`CREATE INDEX notifications_user ON notifications (user_id, created_at DESC, id DESC)`);
    // Planned reminders; a recomputation cancels the ones that no longer apply.
    await runner.query(`
      CREATE TABLE reminders (
        dedupe_key text PRIMARY KEY,
        user_id uuid NOT NULL,
        case_id uuid,
        reason text NOT NULL,
        subject_id text NOT NULL,
        due_at timestamptz NOT NULL,
        remind_at timestamptz NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        job_id uuid,
        state text NOT NULL DEFAULT 'PLANNED'
      )`);
    await runner.query(`CREATE INDEX reminders_subject ON reminders (reason, subject_id) WHERE state = 'PLANNED'`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
