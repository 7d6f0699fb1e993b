import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Appointment } from './appointment.entity';
import { appointmentsOfCases } from './appointment.service';

/** A case's appointments in time order, batched across every case in a list. */
export function appointmentsByCaseLoader(dataSource: DataSource) {
  return new DataLoader<string, Appointment[]>(async (caseIds) => {
    const rows = await appointmentsOfCases(dataSource, caseIds);
    return caseIds.map((id) => rows.filter((row) => row.caseId === id));
  });
}
