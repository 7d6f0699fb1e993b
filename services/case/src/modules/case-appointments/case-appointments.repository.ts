import type { Queryable } from '@terugkeer/service-kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which case each appointment of the scheduling service is about, as its events said. */
export class CaseAppointmentsRepository {
  constructor(private readonly db: Queryable) {}

  async remember(appointmentId: string, caseId: string): Promise<void> {
    await this.db.query(`INSERT INTO case_appointments (appointment_id, case_id) VALUES ($1, $2) ON CONFLICT (appointment_id) DO NOTHING`, [
      appointmentId,
      caseId,
    ]);
  }

  async isOfCase(appointmentId: string, caseId: string): Promise<boolean> {
    if (!UUID.test(appointmentId)) return false;
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM case_appointments WHERE appointment_id = $1 AND case_id = $2`, [appointmentId, caseId]);
    return rows.length > 0;
  }
}
