import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Appointment } from './appointment.entity';

/** A case's appointments in time order, batched across every case in a list. */
export function appointmentsByCaseLoader(dataSource: DataSource) {
  return new DataLoader<string, Appointment[]>(async (caseIds) => {
    const rows = await dataSource
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .where('a.case_id = ANY(:ids)', { ids: [...caseIds] })
      .orderBy('a.starts_at')
      .getMany();
    return caseIds.map((id) => rows.filter((row) => row.caseId === id));
  });
}
