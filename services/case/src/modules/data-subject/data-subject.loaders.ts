import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { EmployeeStatement } from './data-subject.types';
import { DataSubjectRepository, type StoredRectification } from './data-subject.repository';

export interface DataSubjectLoaders {
  employeeStatements: DataLoader<string, EmployeeStatement[]>;
  rectificationRequests: DataLoader<string, StoredRectification[]>;
}

const groupByCase = <T extends { caseId: string }>(caseIds: readonly string[], rows: T[]) =>
  caseIds.map((caseId) => rows.filter((row) => row.caseId === caseId));

export function createDataSubjectLoaders(dataSource: DataSource): DataSubjectLoaders {
  const repository = new DataSubjectRepository(dataSource);
  return {
    employeeStatements: new DataLoader(async (caseIds) => groupByCase(caseIds, await repository.statements(caseIds))),
    rectificationRequests: new DataLoader(async (caseIds) => groupByCase(caseIds, await repository.rectifications(caseIds))),
  };
}
