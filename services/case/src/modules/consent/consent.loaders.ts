import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ConsentRepository, type ConsentRow } from './consent.repository';

export interface ConsentLoaders {
  consents: DataLoader<string, ConsentRow[]>;
}

export function createConsentLoaders(dataSource: DataSource): ConsentLoaders {
  const repository = new ConsentRepository(dataSource);
  return {
    consents: new DataLoader(async (caseIds) => {
      const rows = await repository.current(caseIds);
      return caseIds.map((id) => rows.filter((row) => row.caseId === id));
    }),
  };
}
