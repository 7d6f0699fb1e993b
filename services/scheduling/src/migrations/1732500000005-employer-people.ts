import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EmployerPeople1732500000005 implements MigrationInterface {
  name = 'EmployerPeople1732500000005';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE employer_people (
        employee_id uuid PRIMARY KEY,
        user_id uuid,
        organization_id uuid NOT NULL,
        department_id uuid,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX employer_people_user ON employer_people (user_id, organization_id)`);
    // The case service now keeps which appointment belongs to which case, from these events;
    // appointments made before it listened are published once more, in full, like any change.
    await runner.query(`
      INSERT INTO outbox (id, type, aggregate_id, organization_id, payload)
      SELECT gen_random_uuid(), 'appointment.changed', a.case_id::text, c.organization_id::text,
             jsonb_build_object('appointmentId', a.id, 'caseId', a.case_id, 'kind', a.kind,
                                'startsAt', to_char(a.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                'endsAt', to_char(a.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                'status', a.status, 'programmeId', a.programme_id)
        FROM appointments a JOIN case_access c ON c.case_id = a.case_id
       ORDER BY a.starts_at`);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
