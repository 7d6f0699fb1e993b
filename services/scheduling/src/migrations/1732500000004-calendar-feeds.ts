import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeeds1732500000004 implements MigrationInterface {
  name = 'CalendarFeeds1732500000004';

  async up(runner: QueryRunner): Promise<void> {
    // Only a hash of the secret token is kept: a leaked table does not leak feeds.
    await runner.query(`
      CREATE TABLE calendar_feeds (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await runner.query(`CREATE INDEX calendar_feeds_user ON calendar_feeds (user_id) WHERE revoked_at IS NULL`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
