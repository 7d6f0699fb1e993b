import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reflection report keeps the programme's four questions as fields of their own, and an
 * escalation waits for the employee's own answer unless the coach records how they agreed.
 */
export class SessionReflectionAndEscalationAgreement1733352000000 implements MigrationInterface {
  name = 'SessionReflectionAndEscalationAgreement1733352000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE session_reports
        ADD COLUMN went_well text CHECK (length(went_well) <= 5000),
        ADD COLUMN was_hard text CHECK (length(was_hard) <= 5000),
        ADD COLUMN learned text CHECK (length(learned) <= 5000),
        ADD COLUMN next_time text CHECK (length(next_time) <= 5000),
        ADD CONSTRAINT session_reports_reflection_of_reflection_talk
          CHECK (kind = 'REFLECTION' OR (went_well IS NULL AND was_hard IS NULL AND learned IS NULL AND next_time IS NULL))`);
    await runner.query(`
      ALTER TABLE escalations
        ALTER COLUMN employee_agreed_at DROP NOT NULL,
        ADD COLUMN agreement_way text CHECK (agreement_way IN ('EMPLOYEE_SCREEN', 'IN_TALK', 'BY_PHONE', 'IN_WRITING')),
        ADD COLUMN employee_agreed_on date,
        ADD COLUMN declined_at timestamptz,
        DROP CONSTRAINT escalations_status_check,
        ADD CONSTRAINT escalations_status_check CHECK (status IN ('AWAITING_EMPLOYEE', 'DECLINED', 'OPEN', 'ACKNOWLEDGED')),
        ADD CONSTRAINT escalations_agreed_before_the_doctor CHECK (status IN ('AWAITING_EMPLOYEE', 'DECLINED') OR employee_agreed_at IS NOT NULL)`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
