import { createCaseAccessReplicaTable, createMessagingTables } from '@terugkeer/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Appointments1732300000000 implements MigrationInterface {
  name = 'Appointments1732300000000';

  async up(runner: QueryRunner): Promise<void> {
    await createCaseAccessReplicaTable(runner);
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
    await createMessagingTables(runner, 'scheduling');
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
