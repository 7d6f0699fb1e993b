import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CheckInRepository, type StoredCheckIn } from './check-in.repository';

export interface CheckInLoaders {
  checkIns: DataLoader<string, StoredCheckIn[]>;
}

export function createCheckInLoaders(dataSource: DataSource): CheckInLoaders {
  const repository = new CheckInRepository(dataSource);
  return {
    checkIns: new DataLoader(async (caseIds) => {
      const rows = await repository.ofCases(caseIds);
      return caseIds.map((id) => rows.filter((row) => row.caseId === id));
    }),
  };
}
