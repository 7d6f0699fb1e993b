import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { SessionReportRepository, type StoredSessionReport } from './session-report.repository';

export interface SessionReportLoaders {
  sessionReports: DataLoader<string, StoredSessionReport[]>;
}

export function createSessionReportLoaders(dataSource: DataSource): SessionReportLoaders {
  const repository = new SessionReportRepository(dataSource);
  return {
    sessionReports: new DataLoader(async (caseIds) => {
      const rows = await repository.ofCases(caseIds);
      return caseIds.map((id) => rows.filter((row) => row.caseId === id));
    }),
  };
}
