import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CaseProgressRepository, type CaseActivity } from './case-progress.repository';

export interface CaseProgressLoaders {
  caseActivity: DataLoader<string, CaseActivity | null>;
}

/** How many events about each case were applied, batched across every case in a list. */
export function createCaseProgressLoaders(dataSource: DataSource): CaseProgressLoaders {
  const repository = new CaseProgressRepository(dataSource);
  return {
    caseActivity: new DataLoader(async (caseIds) => {
      const activity = await repository.activity(caseIds);
      return caseIds.map((id) => activity.get(id) ?? null);
    }),
  };
}
