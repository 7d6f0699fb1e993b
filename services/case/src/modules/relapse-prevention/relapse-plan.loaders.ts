import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { RelapsePlanRepository } from './relapse-plan.repository';
import type { RelapsePreventionPlan } from './relapse-plan.types';

export interface RelapsePlanLoaders {
  relapsePlan: DataLoader<string, RelapsePreventionPlan | null>;
}

export function createRelapsePlanLoaders(dataSource: DataSource): RelapsePlanLoaders {
  const repository = new RelapsePlanRepository(dataSource);
  return {
    relapsePlan: new DataLoader(async (caseIds) => {
      const plans = await repository.ofCases(caseIds);
      return caseIds.map((id) => plans.get(id) ?? null);
    }),
  };
}
