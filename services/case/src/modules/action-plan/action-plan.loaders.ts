import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ActionPlanRepository } from './action-plan.repository';
import type { ActionPlan } from './action-plan.types';

export interface ActionPlanLoaders {
  actionPlan: DataLoader<string, ActionPlan | null>;
}

export function createActionPlanLoaders(dataSource: DataSource): ActionPlanLoaders {
  const repository = new ActionPlanRepository();
  return {
    actionPlan: new DataLoader(async (caseIds) => {
      const plans = await repository.plans(dataSource, caseIds);
      return caseIds.map((caseId) => plans.get(caseId) ?? null);
    }),
  };
}
