import { createCaseAccessReplicaTable, createMessagingTables } from '@terugkeer/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReadModel1732300000000 implements MigrationInterface {
  name = 'ReadModel1732300000000';

  async up(runner: QueryRunner): Promise<void> {
    await createCaseAccessReplicaTable(runner);
    await runner.query(`
      CREATE TABLE case_activity (
        case_id uuid PRIMARY KEY,
        events_applied int NOT NULL DEFAULT 0,
        last_event_at timestamptz
      )`);
    await createMessagingTables(runner, 'reporting');
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
