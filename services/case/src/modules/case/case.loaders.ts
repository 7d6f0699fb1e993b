import DataLoader from 'dataloader';
import type { CaseAccessFacts } from '@terugkeer/domain';
import type { DataSource } from 'typeorm';
import { byIdLoader } from '../directory/directory.loaders';
import type { Case } from './case.entity';
import { CaseRepository } from './case.repository';

export interface CaseLoaders {
  case: DataLoader<string, Case | null>;
  caseAccessFacts: DataLoader<string, CaseAccessFacts | null>;
}

export function createCaseLoaders(dataSource: DataSource): CaseLoaders {
  const repository = new CaseRepository();
  return {
    case: byIdLoader<Case>((ids) => repository.byIds(dataSource, ids)),
    caseAccessFacts: new DataLoader(async (ids) => {
      const facts = await repository.accessFacts(dataSource, [...ids]);
      return ids.map((id) => facts.get(id) ?? null);
    }),
  };
}
