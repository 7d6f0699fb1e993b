import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events this service could not apply, kept with the reason until they are replayed
 * (`npm run terugkeer -- events replay`). The reason holds no personal data: the error's
 * class, its code and its message with quoted values left out.
 */
export class DeadLetters1733000000001 implements MigrationInterface {
  name = 'DeadLetters1733000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE dead_letters (
        consumer text NOT NULL,
        id uuid NOT NULL,
        type text NOT NULL,
        aggregate_id text NOT NULL,
        organization_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        payload jsonb NOT NULL,
        error_class text NOT NULL,
        error_code text,
        error_message text NOT NULL,
        attempts int NOT NULL,
        first_failed_at timestamptz NOT NULL DEFAULT now(),
        failed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, id)
      )`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
