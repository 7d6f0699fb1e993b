import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseAppointments1732900000001 implements MigrationInterface {
  name = 'CaseAppointments1732900000001';

  async up(runner: QueryRunner): Promise<void> {
    // Fed by the scheduling service's `appointment.changed`: a session report may name only an appointment of its own case.
    await runner.query(`
      CREATE TABLE case_appointments (
        appointment_id uuid PRIMARY KEY,
        case_id uuid NOT NULL
      )`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
