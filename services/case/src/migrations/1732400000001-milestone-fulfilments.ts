import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MilestoneFulfilments1732400000001 implements MigrationInterface {
  name = 'MilestoneFulfilments1732400000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE milestone_fulfilments (
        case_id uuid NOT NULL REFERENCES cases(id),
        milestone_key text NOT NULL,
        fulfilled_on date NOT NULL,
        source text NOT NULL,
        record_id text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, milestone_key)
      )`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
