import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Programmes1732500000001 implements MigrationInterface {
  name = 'Programmes1732500000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE programmes (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        coach_user_id uuid NOT NULL,
        colleague_user_id uuid,
        start_date date NOT NULL,
        reflection_weekday int NOT NULL,
        dialogue_weekdays int[] NOT NULL,
        start_time text NOT NULL,
        location text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE',
        unplaced jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE UNIQUE INDEX programmes_one_active_per_case ON programmes (case_id) WHERE status = 'ACTIVE'`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
