import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A notification that asked for a task is resolved once the task is done, read or not. */
export class NotificationResolution1733180000001 implements MigrationInterface {
  name = 'NotificationResolution1733180000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notifications ADD COLUMN resolved_at timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notifications DROP COLUMN resolved_at`);
  }
}
