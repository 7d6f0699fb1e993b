import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An employee in a dip asks their coach for an extra talk; the coach plans it as an appointment. */
export class TalkRequests1733200000040 implements MigrationInterface {
  name = 'TalkRequests1733200000040';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE talk_requests (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        requested_by uuid NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        state text NOT NULL CHECK (state IN ('REQUESTED', 'PLANNED')),
        appointment_id uuid REFERENCES appointments(id),
        planned_by uuid,
        planned_at timestamptz,
        CHECK ((state = 'PLANNED') = (appointment_id IS NOT NULL))
      )`);
    // Asking twice while the first request waits is the same request.
    await runner.query(`CREATE UNIQUE INDEX talk_requests_one_open ON talk_requests (case_id) WHERE state = 'REQUESTED'`);
    await runner.query(`CREATE INDEX talk_requests_case ON talk_requests (case_id, requested_at DESC)`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
