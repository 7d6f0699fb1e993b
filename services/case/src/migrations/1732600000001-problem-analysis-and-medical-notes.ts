import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProblemAnalysisAndMedicalNotes1732600000001 implements MigrationInterface {
  name = 'ProblemAnalysisAndMedicalNotes1732600000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE problem_analyses (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        version int NOT NULL CHECK (version >= 1),
        occasion text NOT NULL CHECK (occasion IN ('INITIAL', 'RELAPSE', 'CHANGE')),
        recorded_on date NOT NULL,
        possibilities jsonb NOT NULL,
        limitations jsonb NOT NULL,
        expected_duration text CHECK (length(expected_duration) <= 1000),
        advice text NOT NULL CHECK (length(advice) BETWEEN 1 AND 5000),
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, version)
      )`);
    // Medical notes live apart from the dossier: only the company doctor reads them, and
    // they are kept on their own clock (20 years after the last change, from updated_at).
    await runner.query(`
      CREATE TABLE medical_notes (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        author_user_id uuid NOT NULL REFERENCES users(id),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX medical_notes_case ON medical_notes (case_id, created_at)`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
