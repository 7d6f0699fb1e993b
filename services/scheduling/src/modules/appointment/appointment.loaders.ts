import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Appointment } from './appointment.entity';
import { appointmentsOfCases } from './appointment.service';

/** A case's appointments in time order, batched across every case in a list. */
export function appointmentsByCaseLoader(dataSource: DataSource) {
  return new DataLoader<string, Appointment[]>(async (caseIds) => {
    const byCase = new Map<string, Appointment[]>();
    for (const row of await appointmentsOfCases(dataSource, caseIds)) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
    return caseIds.map((id) => byCase.get(id) ?? []);
  });
}
