import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { BuildUpRepository, type PlanVersion } from './build-up.repository';

export interface BuildUpLoaders {
  currentPlan: DataLoader<string, PlanVersion | null>;
  actualHours: DataLoader<string, Map<string, number>>;
  planVersions: DataLoader<string, (PlanVersion & { adoptedWeek: string })[]>;
}

/** A case's current plan, every version of it and its worked hours, batched across every case in a list. */
export function buildUpLoaders(dataSource: DataSource): BuildUpLoaders {
  const repository = new BuildUpRepository();
  return {
    currentPlan: new DataLoader(async (caseIds) => {
      const plans = await repository.currentPlans(dataSource, caseIds);
      return caseIds.map((id) => plans.get(id) ?? null);
    }),
    actualHours: new DataLoader(async (caseIds) => {
      const hours = await repository.actualHoursOfCases(dataSource, caseIds);
      return caseIds.map((id) => hours.get(id) ?? new Map<string, number>());
    }),
    planVersions: new DataLoader(async (caseIds) => {
      const versions = await repository.planVersionsOfCases(dataSource, caseIds);
      return caseIds.map((id) => versions.get(id) ?? []);
    }),
  };
}
