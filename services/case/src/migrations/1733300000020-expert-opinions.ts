import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Requests to UWV for an expert opinion (deskundigenoordeel, art. 32 Wet SUWI), with their question and outcome. */
export class ExpertOpinions1733300000020 implements MigrationInterface {
  name = 'ExpertOpinions1733300000020';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE expert_opinions (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        requested_by text NOT NULL CHECK (requested_by IN ('EMPLOYER', 'EMPLOYEE')),
        subject text NOT NULL,
        question text NOT NULL,
        requested_on date NOT NULL,
        outcome text,
        decided_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((outcome IS NULL) = (decided_on IS NULL) AND (decided_on IS NULL OR decided_on >= requested_on))
      )`);
    await runner.query(`CREATE INDEX expert_opinions_case ON expert_opinions (case_id, requested_on)`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
