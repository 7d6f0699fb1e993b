import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { SickReportRepository, type StoredSickReport } from './sick-report.repository';

export interface AbsenceLoaders {
  sickReportsOfCase: DataLoader<string, StoredSickReport[]>;
}

export function createAbsenceLoaders(dataSource: DataSource): AbsenceLoaders {
  const repository = new SickReportRepository(dataSource.manager);
  return {
    sickReportsOfCase: new DataLoader(async (caseIds) => {
      const reports = await repository.ofCases(caseIds);
      return caseIds.map((id) => reports.filter((report) => report.caseId === id));
    }),
  };
}
